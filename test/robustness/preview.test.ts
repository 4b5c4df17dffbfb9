import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../src/cli/commands/preview.js';
import { BIN, ROOT, runBinary } from '../support/cli.js';

/**
 * The preview follows its document by its path, whatever happens to the file and its folder,
 * and never waits on something that is not a file; nor does render wait on a template that is
 * not one.
 */
const PLAN = path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');
const io = (cwd: string) => ({ argv: [], cwd, env: {}, stdout: { write: () => {} }, stderr: { write: () => {} } });

/** The preview's page, asked again until it holds `text` (the test's time limit ends a wait that never does). */
async function pageWith(url: string, text: string): Promise<string> {
  for (;;) {
    const page = await (await fetch(`${url}document`)).text();
    if (page.includes(text)) return page;
    await sleep(100);
  }
}

describe('agendum preview', () => {
  it('goes on reloading after its folder is deleted and made again, and shows a named pipe in its place as a finding', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'agendum-preview-'));
    const dir = path.join(root, 'agendas');
    mkdirSync(dir);
    const file = path.join(dir, 'plan.agenda.yaml');
    copyFileSync(PLAN, file);
    const preview = await startPreview('agendas/plan.agenda.yaml', {}, io(root));
    try {
      await pageWith(preview.url, 'Projecten voor 2020 – 2021');
      rmSync(dir, { recursive: true });
      await pageWith(preview.url, 'file/unreadable');
      mkdirSync(dir);
      writeFileSync(file, readFileSync(PLAN, 'utf8').replace('title: Projecten voor 2020 – 2021', 'title: Projecten voor 2022'));
      await pageWith(preview.url, 'Projecten voor 2022');

      rmSync(file);
      execFileSync('mkfifo', [file]);
      expect(await pageWith(preview.url, 'not a regular file')).toContain('plan.agenda.yaml:1:1 file/unreadable');
    } finally {
      await preview.close();
    }
  }, 20_000);
});

describe('agendum preview as a process', () => {
  it('stops at the first Ctrl-C after its document was replaced by a named pipe', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-preview-'));
    const file = path.join(dir, 'plan.agenda.yaml');
    copyFileSync(PLAN, file);
    const child = spawn(process.execPath, [BIN, 'preview', 'plan.agenda.yaml'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => child.stderr!.on('data', (chunk: Buffer) => chunk.toString().includes('http://') && resolve()));
    rmSync(file);
    execFileSync('mkfifo', [file]);
    // The preview notices the change (it polls every 200 ms) and renders again.
    await sleep(1_000);
    child.kill('SIGINT');
    const stopped = await Promise.race([closed, sleep(10_000).then(() => 'still running' as const)]);
    if (stopped === 'still running') child.kill('SIGKILL');
    expect(stopped).toBe(0);
  }, 30_000);
});

describe('a template that is not a file', () => {
  it('is a usage error naming it, for a device and a named pipe, and render does not wait on it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-template-'));
    execFileSync('mkfifo', [path.join(dir, 'pijp.hbs')]);
    for (const template of ['/dev/zero', 'pijp.hbs']) {
      const result = await runBinary(['render', PLAN, '--format', 'md', '--template', template], { cwd: dir, timeout: 20_000 });
      expect(result.signal, template).toBeNull();
      expect(result.code, template).toBe(2);
      expect(result.stderr, template).toContain(`${template}: not a regular file`);
    }
  }, 60_000);
});
