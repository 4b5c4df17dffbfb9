import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';

/**
 * Every bundled and example document as HTML, checked in Chromium: headings that never skip a
 * level, and axe-core (the standard rules engine) finding no violation of WCAG 2.1 A or AA.
 * Without Chromium these tests fail; they are never skipped.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TODAY = '2024-01-01';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function documentsIn(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) {
      if (!['schemas', 'templates'].includes(name)) found.push(...documentsIn(file));
    } else if (/\.ya?ml$/.test(name) && name !== 'agendum.config.yaml') found.push(file);
  }
  return found;
}

const EXAMPLES = path.join(ROOT, 'examples');
const seeds = documentsIn(path.join(ROOT, 'agendas'));
const examples = documentsIn(EXAMPLES);
const htmlName = (file: string) => path.basename(file).replace(/(\.agenda)?\.ya?ml$/, '.html');

interface AxeResult {
  readonly violations: readonly { readonly id: string; readonly impact: string; readonly nodes: readonly { readonly target: readonly string[] }[] }[];
}

describe('accessible HTML, checked in Chromium', () => {
  let out: string;
  let browser: Browser | undefined;
  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`).toBe(true);
    out = mkdtempSync(path.join(tmpdir(), 'agendum-accessible-'));
    const bundled = await runBinary(['render', ...seeds, '--format', 'html', '--today', TODAY, '-o', `${out}/`]);
    expect(bundled.code, bundled.stderr).toBe(0);
    // The examples render with their own configuration, which registers their custom kinds.
    const custom = await runBinary(['render', ...examples.map((file) => path.relative(EXAMPLES, file)), '--format', 'html', '--today', TODAY, '-o', `${out}/`], { cwd: EXAMPLES });
    expect(custom.code, custom.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  for (const file of [...seeds, ...examples]) {
    it(path.relative(ROOT, file), async () => {
      // The page's own policy forbids scripts; the checker is let in past it, nothing else is.
      const context = await browser!.newContext({ bypassCSP: true, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(readFileSync(path.join(out, htmlName(file)), 'utf8'), { waitUntil: 'load' });
        const levels = (await page.evaluate(`[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)])`)) as [number, string][];
        expect(levels[0]?.[0], 'the first heading is the title').toBe(1);
        const skips = levels.flatMap(([level, text], i) => (i > 0 && level > levels[i - 1]![0] + 1 ? [`h${levels[i - 1]![0]} → h${level} ${text}`] : []));
        expect(skips, 'headings that skip a level').toEqual([]);

        await page.evaluate(AXE);
        const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} }, resultTypes: ['violations'] })`)) as AxeResult;
        const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);
        expect(violations, 'axe-core, WCAG 2.1 A/AA').toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }
});
