import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/render/index.js';
import { ROOT, runBinary } from '../support/cli.js';
import { newRepository } from '../support/git.js';

/**
 * The redline (`diff --format html|pdf`) of a seed against a copy with a reviewer's edits: checked
 * in Debian's Chromium (never skipped) and, as a PDF, with poppler's pdftotext.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Box {
  readonly left: number;
  readonly width: number;
}
interface BrowserElement {
  readonly id: string;
  readonly className: string;
  readonly textContent: string | null;
  readonly innerText: string;
  closest(selector: string): BrowserElement | null;
  getBoundingClientRect(): Box;
  getAttribute(name: string): string | null;
  remove(): void;
  replaceWith(...nodes: unknown[]): void;
  readonly childNodes: Iterable<unknown>;
}
declare const document: {
  readonly body: BrowserElement;
  querySelector(selector: string): BrowserElement | null;
  querySelectorAll(selector: string): Iterable<BrowserElement> & { readonly length: number };
  getElementById(id: string): BrowserElement | null;
};

const AGENDA = 'agendas/uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml';
const original = readFileSync(path.join(ROOT, AGENDA), 'utf8');

/** A reviewer's edits: a word added, an action removed, an action added, a period extended, an amount cut. */
function edited(): string {
  let text = original
    .replace('Investeer in trainingen gespreksvaardigheden.', 'Investeer jaarlijks in trainingen gespreksvaardigheden.')
    .replace('amount: { value: 88087, currency: EUR }', 'amount: { value: 80000, currency: EUR }')
    .replace('          - id: daderopvang\n', '          - id: pilot-meldpunt-plegers\n            text: "Start een pilot met een meldpunt voor plegers."\n          - id: daderopvang\n');
  text = text.replace(/(\n {14}label: Projectduur\n {14}expression: )2019 t\/m 2020/, '$12019 t/m 2021');
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === '- id: voorlichting-meldcode');
  let end = start + 1;
  while (!/^\s*- /.test(lines[end]!) && /^ {12}/.test(lines[end]!)) end++;
  lines.splice(start, end - start);
  return lines.join('\n');
}

const work = mkdtempSync(path.join(tmpdir(), 'agendum-redline-'));
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH. The redline tests do not skip.`);
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 900, height: 1270 } });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the redline of a seed against an edited copy', () => {
  it('marks every insertion and deletion at its place, links each change from the summary, and changes nothing else (Chromium)', async () => {
    const dir = mkdtempSync(path.join(work, 'html-'));
    writeFileSync(path.join(dir, 'oud.yaml'), original);
    writeFileSync(path.join(dir, 'nieuw.yaml'), edited());
    const result = await runBinary(['diff', 'oud.yaml', 'nieuw.yaml', '--lang', 'nl', '--format', 'html', '-o', 'wijzigingen.html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('geschreven: wijzigingen.html');
    // The same document without marks, as render prints it.
    writeFileSync(path.join(dir, 'nieuw.html'), renderDocument(parse(edited()), 'ExecutionAgenda', { format: 'html' }));

    const page = await context!.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'wijzigingen.html')).href);
    const marks = await page.evaluate(() => {
      const place = (element: BrowserElement) => element.closest('.action[id], section[id]')?.id ?? '';
      const list = (selector: string) => [...document.querySelectorAll(selector)].map((element) => ({ text: element.textContent ?? '', place: place(element) }));
      return { ins: list('main ins'), del: list('main del') };
    });
    expect(marks.ins).toEqual([
      { text: 'jaarlijks ', place: 'action-trainingen-gespreksvaardigheden' },
      { text: 'Start een pilot met een meldpunt voor plegers.', place: 'action-pilot-meldpunt-plegers' },
      { text: 'Projectduur 2019 t/m 2021', place: 'action-laagdrempelige-hulp-plegers' },
      { text: '€ 80.000', place: 'theme-plegeraanpak' },
    ]);
    expect(marks.del).toEqual([
      { text: 'Investeer in voorlichting over de meldcode.', place: 'action-voorlichting-meldcode' },
      { text: 'Projectduur 2019 t/m 2020', place: 'action-laagdrempelige-hulp-plegers' },
      { text: '€ 88.087', place: 'theme-plegeraanpak' },
    ]);

    const summary = await page.evaluate(() => {
      const links = [...document.querySelectorAll('.redline-summary a[href^="#change-"]')];
      const main = document.querySelector('main')!.getBoundingClientRect();
      return {
        headings: [...document.querySelectorAll('.redline-summary h3')].map((h) => h.textContent),
        targets: links.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))?.className ?? 'missing'),
        inMargin: [...document.querySelectorAll('.redline-mark')].map((mark) => mark.getBoundingClientRect().left + mark.getBoundingClientRect().width <= main.left),
      };
    });
    expect(summary.headings).toEqual(['Ingrijpend (2)', 'Ter informatie (3)']);
    expect(summary.targets).toHaveLength(5);
    expect(summary.targets.every((name) => name.startsWith('redline-mark'))).toBe(true);
    expect(summary.inMargin).toEqual([true, true, true, true, true]);

    // Without the summary, the deleted words and the marks, the page reads as the new version.
    const readAs = async (url: string) => {
      await page.goto(url);
      return page.evaluate(() => {
        for (const element of [...document.querySelectorAll('.redline-summary, del, .redline-mark, style, nav, header')]) element.remove();
        return document.body.innerText.replace(/\s+/g, ' ').trim();
      });
    };
    const redline = await readAs(pathToFileURL(path.join(dir, 'wijzigingen.html')).href);
    const plain = await readAs(pathToFileURL(path.join(dir, 'nieuw.html')).href);
    expect(redline).toBe(plain);
    await page.close();
  }, 120_000);

  it('prints a PDF of the redline from a git revision (pdftotext)', async () => {
    const { dir, git } = newRepository();
    mkdirSync(path.join(dir, 'agendas'));
    const file = 'agendas/uitvoeringsagenda.agenda.yaml';
    writeFileSync(path.join(dir, file), original);
    git('add', '.');
    git('commit', '-qm', 'vastgesteld');
    git('tag', 'v1.0');
    writeFileSync(path.join(dir, file), edited());
    const result = await runBinary(['diff', file, '--from', 'v1.0', '--lang', 'nl', '--format', 'pdf', '-o', 'wijzigingen.pdf'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const text = execFileSync('pdftotext', [path.join(dir, 'wijzigingen.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Wijzigingen');
    expect(text).toContain('Vergeleken met agendas/uitvoeringsagenda.agenda.yaml@v1.0.');
    expect(text).toContain('Ingrijpend (2)');
    expect(text).toContain('Investeer jaarlijks in trainingen gespreksvaardigheden.');
    expect(text).toContain('€ 88.087 € 80.000');
    expect(text).toContain('Start een pilot met een meldpunt voor plegers.');
    const info = execFileSync('pdfinfo', [path.join(dir, 'wijzigingen.pdf')], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
  }, 120_000);

  it('asks for one document and for -o with a PDF on a terminal; several documents are a usage error', async () => {
    const { dir } = newRepository();
    const many = await runBinary(['diff', '--base', 'HEAD', '--format', 'html'], { cwd: dir });
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('--format html prints one document with its changes marked');
  });
});
