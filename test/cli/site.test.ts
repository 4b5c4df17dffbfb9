import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBinary } from '../support/cli.js';
import { newRepository, type Repository } from '../support/git.js';

/**
 * `agendum site` on the bundled examples and seeds, in a repository with a history: every page
 * passes axe-core in Chromium, every link resolves, the search finds a sentence of each
 * document, and a second build renders only what changed.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare const window: { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } };
declare const document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }> };

let repo: Repository;
let site: string;
let context: BrowserContext | undefined;
const work = mkdtempSync(path.join(tmpdir(), 'agendum-site-'));

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(folder, name))
    .sort();
}

beforeAll(async () => {
  repo = newRepository('agendum-site-repo-');
  cpSync(path.join(ROOT, 'examples'), repo.dir, { recursive: true });
  cpSync(path.join(ROOT, 'agendas'), path.join(repo.dir, 'bronnen'), { recursive: true });
  repo.git('add', '-A');
  repo.git('commit', '-qm', 'eerste versie');
  // A second version of one agenda: an action finished, a period shortened.
  const file = path.join(repo.dir, 'agendas-regio', 'meerjarenagenda-steunpunt-wijkteams-2021-2024.agenda.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('period: 2021 t/m 2024', 'period: 2021 t/m 2023'));
  repo.git('commit', '-qam', 'looptijd ingekort');
  site = path.join(repo.dir, 'site');
  const result = await runBinary(['site', '-o', 'site', '--no-pdf', '--today', '2026-12-03'], { cwd: repo.dir });
  expect(result.code, result.stderr).toBe(0);
  // The documents' own pages forbid scripts (a Content-Security-Policy); axe is let in past it.
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), { executablePath: CHROMIUM, args: ARGS, headless: true, bypassCSP: true });
}, 240_000);

afterAll(async () => {
  await context?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('agendum site', () => {
  it('builds an index of every document by kind, and a page, a text and a history for each', () => {
    const index = readFileSync(path.join(site, 'index.html'), 'utf8');
    const documents = [...index.matchAll(/href="documenten\/([^"]+)\.html"/g)].map((m) => m[1]);
    expect(documents).toHaveLength(17);
    for (const kind of ['Ontwikkelagenda', 'Uitvoeringsagenda', 'Projectplan', 'Arrangement', 'Startnotitie', 'Voortgangsrapportage']) expect(index).toMatch(new RegExp(`<h2 id="[^"]+">${kind}`));
    for (const slug of documents) {
      expect(existsSync(path.join(site, 'documenten', `${slug}.tekst.html`)), slug).toBe(true);
    }
    const page = readFileSync(path.join(site, 'documenten', 'meerjarenagenda-steunpunt-wijkteams-2021-2024.html'), 'utf8');
    expect(page).toContain('looptijd ingekort');
    // Each version links to its redline against the version before.
    const redline = /looptijd ingekort — <a href="(meerjarenagenda-steunpunt-wijkteams-2021-2024\.wijzigingen-[0-9a-f]{10}\.html)">1 ingrijpend<\/a>/.exec(page);
    expect(redline).not.toBeNull();
    expect(readFileSync(path.join(site, 'documenten', redline![1]!), 'utf8')).toMatch(/<del[^>]*>2024<\/del>|2024/);
    expect(page).toContain('eerste versie — eerste versie');
  });

  it('shows links between documents both ways', () => {
    const older = readFileSync(path.join(site, 'documenten', 'meerjarenagenda-steunpunt-wijkteams-2017-2020.html'), 'utf8');
    const newer = readFileSync(path.join(site, 'documenten', 'meerjarenagenda-steunpunt-wijkteams-2021-2024.html'), 'utf8');
    expect(newer).toMatch(/<li>Volgt op: <a href="meerjarenagenda-steunpunt-wijkteams-2017-2020\.html">/);
    expect(older).toMatch(/<li>Wordt opgevolgd door: <a href="meerjarenagenda-steunpunt-wijkteams-2021-2024\.html">/);
  });

  it('has pages per organisation and per funder, with a funder\'s totals per year across documents', () => {
    const funders = readFileSync(path.join(site, 'financiers', 'index.html'), 'utf8');
    const vws = /href="([^"]+)">Ministerie van Volksgezondheid, Welzijn en Sport</.exec(funders);
    expect(vws).not.toBeNull();
    const page = readFileSync(path.join(site, 'financiers', vws![1]!), 'utf8');
    expect(page).toMatch(/<tr><th scope="row">2021<\/th><td class="n">€ 1\.500\.000<\/td><\/tr>/);
    expect(readdirSync(path.join(site, 'organisaties')).length).toBeGreaterThan(5);
  });

  it('has only links that resolve, relative ones, so it works from disk and any host', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(site)) {
      const html = readFileSync(file, 'utf8');
      for (const [, target] of html.matchAll(/(?:href|src)="([^"#?]*)[^"]*"/g)) {
        if (!target || /^(https?:|mailto:)/.test(target)) continue;
        if (target.startsWith('/')) broken.push(`${path.relative(site, file)}: absolute link ${target}`);
        else if (!existsSync(path.resolve(path.dirname(file), decodeURIComponent(target)))) broken.push(`${path.relative(site, file)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('passes axe-core (WCAG 2.1 AA) on every kind of page: its own, the documents\' texts and the redlines', async () => {
    // Every page at the top, and the first two of each kind in each folder: pages of one kind are made by one function.
    const kindOf = (file: string) => `${path.dirname(file)}|${/\.(tekst|wijzigingen-[0-9a-f]+)\.html$/.exec(file)?.[1]?.replace(/-.*/, '') ?? 'page'}`;
    const taken = new Map<string, number>();
    const pages = htmlFiles(site).filter((file) => {
      if (path.dirname(file) === site) return true;
      const kind = kindOf(file);
      taken.set(kind, (taken.get(kind) ?? 0) + 1);
      return taken.get(kind)! <= 2;
    });
    expect(pages.some((file) => file.endsWith('.tekst.html'))).toBe(true);
    expect(pages.some((file) => /\.wijzigingen-/.test(file))).toBe(true);
    const page = await context!.newPage();
    const found: string[] = [];
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href);
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      for (const v of result.violations) found.push(`${path.relative(site, file)}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    await page.close();
    expect(found).toEqual([]);
  }, 240_000);

  it('finds a sentence of each document with the search, offline, opened from disk', async () => {
    const page = await context!.newPage();
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    const index = readFileSync(path.join(site, 'index.html'), 'utf8');
    const documents = [...index.matchAll(/href="documenten\/([^"]+)\.html">([^<]+)</g)].map((m) => m[1]!);
    const misses: string[] = [];
    for (const slug of documents) {
      const text = readFileSync(path.join(site, 'documenten', `${slug}.tekst.html`), 'utf8');
      // A sentence from the document's body: the first paragraph of some length.
      const sentence = [...text.matchAll(/<p>([^<]{60,})<\/p>/g)].map((m) => m[1]!)[0];
      if (!sentence) continue;
      const words = sentence.replace(/&[a-z#0-9]+;/gi, ' ').split(/\s+/).filter((w) => w.length > 3).slice(0, 6).join(' ');
      await page.fill('#zoek', words);
      const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('#zoekresultaten a')).map((a) => (a as { getAttribute(n: string): string | null }).getAttribute('href')));
      if (!hrefs.includes(`documenten/${slug}.html`)) misses.push(`${slug}: "${words}"`);
    }
    await page.close();
    expect(misses).toEqual([]);
    expect(documents.length).toBe(17);
  }, 120_000);

  it('renders again only the documents that changed, and removes the pages of a document that is gone', async () => {
    const text = path.join(site, 'documenten', 'meerjarenagenda-steunpunt-wijkteams-2017-2020.tekst.html');
    const before = statSync(text).mtimeMs;
    const file = path.join(repo.dir, 'agendas-regio', 'meerjarenagenda-steunpunt-wijkteams-2021-2024.agenda.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('period: 2021 t/m 2023', 'period: 2021 t/m 2024'));
    rmSync(path.join(repo.dir, 'plannen', 'inkoopdocument-dagbesteding-zutphen-lochem-2025.agenda.yaml'));
    const again = await runBinary(['site', '-o', 'site', '--no-pdf', '--no-history', '--today', '2026-12-03'], { cwd: repo.dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('16 documenten, 1 opnieuw opgemaakt');
    expect(statSync(text).mtimeMs).toBe(before);
    expect(existsSync(path.join(site, 'documenten', 'inkoopdocument-dagbesteding-zutphen-lochem-2025.html'))).toBe(false);
    expect(existsSync(path.join(site, 'documenten', 'inkoopdocument-dagbesteding-zutphen-lochem-2025.tekst.html'))).toBe(false);
  }, 120_000);

  it('prints each document as a PDF beside its page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-site-pdf-'));
    cpSync(path.join(ROOT, 'agendas', 'projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml'), path.join(dir, 'plan.agenda.yaml'));
    const result = await runBinary(['site', 'plan.agenda.yaml', '-o', 'site', '--today', '2026-12-03'], { cwd: dir, env: { LANG: 'en' } });
    expect(result.code, result.stderr).toBe(0);
    const pdf = path.join(dir, 'site', 'documenten', 'projectplan-huiselijk-geweld-zhz-2020-2021.pdf');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
    expect(readFileSync(path.join(dir, 'site', 'documenten', 'projectplan-huiselijk-geweld-zhz-2020-2021.html'), 'utf8')).toContain('href="projectplan-huiselijk-geweld-zhz-2020-2021.pdf"');
  }, 120_000);

  it('builds only in a folder, and never writes through a link that leads out of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-site-out-'));
    cpSync(path.join(ROOT, 'agendas', 'projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml'), path.join(dir, 'plan.agenda.yaml'));
    writeFileSync(path.join(dir, 'bestand'), 'van de gebruiker\n');
    const file = await runBinary(['site', 'plan.agenda.yaml', '-o', 'bestand', '--no-pdf', '--no-history'], { cwd: dir, env: { LANG: 'en' } });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('bestand is not a folder');
    expect(readFileSync(path.join(dir, 'bestand'), 'utf8')).toBe('van de gebruiker\n');
    mkdirSync(path.join(dir, 'site'));
    symlinkSync(path.join(dir, 'bestand'), path.join(dir, 'site', 'index.html'));
    const link = await runBinary(['site', 'plan.agenda.yaml', '-o', 'site', '--no-pdf', '--no-history'], { cwd: dir, env: { LANG: 'en' } });
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(/symbolic link that leads out of the site folder/);
    expect(readFileSync(path.join(dir, 'bestand'), 'utf8')).toBe('van de gebruiker\n');
    expect(link.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

