import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

/** `npm run screenshots`: pictures of the first pages for review, the same on every run. */
describe('screenshots of the first pages', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'agendum-screenshots-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // A bundled document and an example of a kind of its own (rendered with the examples' configuration).
  const documents = [path.join(ROOT, 'agendas', 'consultatiedocument-hg-arrangement-rotterdam.agenda.yaml'), path.join(ROOT, 'examples', 'eigen-soorten', 'startnotitie-woonzorgvisie-olst-wijhe.agenda.yaml')];
  const take = (out: string) => spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'screenshots.mjs'), '--out', out, '--pages', '2', ...documents], { encoding: 'utf8' });

  it('draws the first pages of each document, with a page that shows them, and draws them the same again', () => {
    const first = take(path.join(folder, 'first'));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('4 pages of 2 documents');
    const pictures = readdirSync(path.join(folder, 'first')).filter((file) => file.endsWith('.png')).sort();
    expect(pictures).toEqual(['consultatiedocument-hg-arrangement-rotterdam-1.png', 'consultatiedocument-hg-arrangement-rotterdam-2.png', 'startnotitie-woonzorgvisie-olst-wijhe-01.png', 'startnotitie-woonzorgvisie-olst-wijhe-02.png']);
    const index = readFileSync(path.join(folder, 'first', 'index.html'), 'utf8');
    for (const picture of pictures) expect(index).toContain(`src="${picture}"`);
    for (const picture of pictures) expect(readFileSync(path.join(folder, 'first', picture)).subarray(1, 4).toString()).toBe('PNG');

    const second = take(path.join(folder, 'second'));
    expect(second.status, second.stderr).toBe(0);
    for (const picture of pictures) expect(readFileSync(path.join(folder, 'second', picture)).equals(readFileSync(path.join(folder, 'first', picture))), picture).toBe(true);
  }, 180_000);
});
