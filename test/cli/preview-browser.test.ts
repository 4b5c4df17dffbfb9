import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/cli.js';

/**
 * `agendum preview` as a writer uses it: the built binary serves the document, Debian's
 * Chromium shows it, the YAML is edited on disk and the page follows; Ctrl-C stops it.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// The page functions run in the browser; the project is type-checked without the DOM library.
declare const document: { readonly body: { readonly innerText: string } };

const work = mkdtempSync(path.join(tmpdir(), 'agendum-preview-browser-'));
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH. The browser tests do not skip.`);
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Starts `agendum preview FILE` and resolves with its URL, read from what it prints. */
function startBinary(file: string, cwd: string): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'preview', file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1];
      if (url) resolve({ child, url, stderr: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`agendum preview exited with ${code}: ${stderr}`)));
  });
}

const frameText = (frame: Frame) => frame.evaluate(() => document.body.innerText);

describe('agendum preview in Chromium', () => {
  it('shows the document, follows edits of the YAML, shows findings instead of a blank page, and stops on Ctrl-C', async () => {
    const file = path.join(work, 'plan.agenda.yaml');
    copyFileSync(path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml'), file);
    const { child, url, stderr } = await startBinary('plan.agenda.yaml', work);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const page = await context!.newPage();
      await page.goto(url);
      const frame = page.frameLocator('#page');
      await frame.locator('h1').first().waitFor();
      expect(await frame.locator('h1').first().innerText()).toBe('Projecten voor 2020 – 2021');

      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Projecten voor 2020 – 2021', 'title: Projecten voor 2021 – 2022'));
      await frame.locator('h1', { hasText: 'Projecten voor 2021 – 2022' }).first().waitFor({ timeout: 15_000 });

      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:/m, 'titel:'));
      await frame.locator('pre', { hasText: 'schema/unknown-property' }).waitFor({ timeout: 15_000 });
      const content = page.frames().find((f) => f.url().endsWith('/document'))!;
      expect(await frameText(content)).toMatch(/plan\.agenda\.yaml:\d+:1 schema\/unknown-property/);

      writeFileSync(file, readFileSync(file, 'utf8').replace(/^titel:/m, 'title:'));
      await frame.locator('h1', { hasText: 'Projecten voor 2021 – 2022' }).first().waitFor({ timeout: 15_000 });
      await page.close();
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr()).not.toMatch(/\n\s+at /);
  }, 60_000);
});
