import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { displayPath, isInside } from '../../core/files.js';
import type { Lang } from '../../core/i18n.js';
import { chooseLang, formatMessage } from '../../core/i18n.js';
import { leadsOutOf, writeFileAtomic } from '../../core/write.js';
import { printable } from '../../formatters/printable.js';
import type { ReportContext } from '../../monitor/format.js';
import { REPORT_PARTS_CSS } from '../../monitor/format.js';
import { workItems } from '../../monitor/items.js';
import type { ItemStanding } from '../../monitor/report.js';
import { progressReport } from '../../monitor/report.js';
import { escapeHtml } from '../../render/text/escape.js';
import type { Funding, SiteDocument } from '../../site/documents.js';
import { documentStatus, fundersOf, periodText, siteLinks, slugOf } from '../../site/documents.js';
import type { FunderEntry, OrganisationEntry, PageContext } from '../../site/pages.js';
import { documentPage, funderPage, fundersIndex, indexPage, organisationPage, organisationsIndex, progressPage, SITE_CSS, SITE_WORDS } from '../../site/pages.js';
import { miniSearchBrowserScript, searchIndexScript, searchScript } from '../../site/search.js';
import { timelineChartData } from '../../timeline/chart-data.js';
import { textsOf } from '../../render/view.js';
import { repositoryRoot } from '../git.js';
import type { Level } from '../../diff/types.js';
import type { Version } from '../history.js';
import { documentHistory } from '../history.js';
import { MONITOR_MESSAGES } from '../monitor-messages.js';
import type { CliIO } from '../io.js';
import { loadDocuments, readOnDisk } from '../monitored.js';
import { cliPrinter } from '../print.js';
import { loadRunConfig } from '../run-config.js';
import { packageVersion } from '../version.js';
import { reportFindings } from './progress.js';
import { todayOf } from './timeline.js';

export interface SiteOptions {
  readonly output: string;
  readonly pdf: boolean;
  readonly history: boolean;
  readonly today?: string;
  readonly within: string;
  readonly lang?: string;
  readonly config?: string;
  readonly color?: string;
}

/** What a site folder remembers of its last build, to render again only what changed. */
interface Manifest {
  readonly version: string;
  readonly key: string;
  readonly documents: Readonly<Record<string, { readonly hash: string; readonly slug: string }>>;
  /** Every file the build wrote, relative to the folder: what a later build may remove. */
  readonly files: readonly string[];
}

const MANIFEST = '.agendum-site.json';

/**
 * `agendum site [paths..] -o site/`: a static website of the documents — an index by kind,
 * status and period; each document in HTML and PDF with its links both ways and its history;
 * the progress report; a page per organisation and per funder; a search that works offline.
 * Links are relative. A second build renders again only the documents that changed.
 */
export async function runSite(paths: readonly string[], options: SiteOptions, io: CliIO): Promise<number> {
  const out = path.resolve(io.cwd, options.output);
  const config = await loadRunConfig(io.cwd, options.config, paths);
  const lang: Lang = chooseLang(options.lang ?? config.language, io.env);
  const today = todayOf(options.today, io.now ?? new Date());
  const version = packageVersion();
  const { windowDays } = await import('./progress.js');
  const withinDays = windowDays(options.within);

  const base = await repositoryRoot(io.cwd).catch(() => io.cwd);
  const reads = (await readOnDisk(paths, io.cwd, config)).filter(({ file }) => !isInside(file, out)); // the site's own folder is no source
  const { documents: loaded, findings, sources } = loadDocuments(reads, io.cwd, config, lang);
  const documents: SiteDocument[] = [];
  const slugs = new Set<string>();
  for (const { path: file, file: shown, text, data, definition } of loaded) {
    const title = typeof data.title === 'string' ? data.title : shown;
    const name = typeof data.id === 'string' ? data.id : path.basename(file).replace(/(\.agenda)?\.ya?ml$/i, '');
    let slug = slugOf(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugOf(name)}-${n}`;
    slugs.add(slug);
    const status = documentStatus(data);
    const period = periodText(data, definition, lang);
    documents.push({
      file: shown,
      path: path.relative(base, file).split(path.sep).join('/'),
      slug,
      ...(typeof data.id === 'string' ? { id: data.id } : {}),
      title,
      kind: definition.kind,
      kindLabel: definition.label,
      ...(status !== undefined ? { status } : {}),
      ...(period ? { period } : {}),
      ...(typeof data.version === 'string' || typeof data.version === 'number' ? { version: String(data.version) } : {}),
      ...(typeof data.date === 'string' ? { date: data.date } : {}),
      data,
      definition,
      items: workItems(data, definition),
      texts: textsOf(data),
      hash: createHash('sha256').update(text).digest('hex'),
    });
  }
  if (documents.length === 0 && findings.length > 0) return reportFindings(findings, sources, lang, io, options.color, false);
  documents.sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title, 'nl'));

  const info = await stat(out).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(MONITOR_MESSAGES.text('notAFolder', { path: displayPath(out, io.cwd) }), MONITOR_MESSAGES.text('giveAFolder'));
  await mkdir(out, { recursive: true });
  const previous = await readManifest(out);
  const key = createHash('sha256').update(JSON.stringify({ lang, today: options.today ?? null, config: config.files, pdf: options.pdf })).digest('hex');
  const fresh = previous?.version === version && previous.key === key;
  const written = new Set<string>();
  const write = async (relative: string, content: string | Uint8Array) => {
    const target = path.join(out, ...relative.split('/'));
    if (await leadsOutOf(target, out)) throw new UsageError(MONITOR_MESSAGES.text('linkLeadsOut', { path: displayPath(target, io.cwd) }), MONITOR_MESSAGES.text('removeLink'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content, { within: out, durable: false });
    written.add(relative);
  };
  const keep = async (relative: string) => {
    if (await exists(path.join(out, ...relative.split('/')))) {
      written.add(relative);
      return true;
    }
    return false;
  };

  const context: PageContext = { lang, version, today };
  const reportContext: ReportContext = { lang, color: false, version };
  const report = progressReport(
    documents.map((d) => ({ file: d.file, ...(d.id ? { id: d.id } : {}), title: d.title, kind: d.kindLabel, items: d.items })),
    today,
    withinDays,
  );
  const standings = new Map(documents.map((d, i) => [d, report.documents[i]!.items]));
  const links = siteLinks(documents);

  // The documents themselves: rendered again only when their text (or agendum, or the settings) changed.
  let rendered = 0;
  // One Chromium prints every document's PDF.
  const printer = cliPrinter(io, lang);
  try {
    for (const document of documents) {
      const known = fresh ? previous.documents[document.path] : undefined;
      const unchanged = known?.hash === document.hash && known.slug === document.slug;
      const text = `documenten/${document.slug}.tekst.html`;
      const pdf = `documenten/${document.slug}.pdf`;
      if (unchanged && (await keep(text)) && (!options.pdf || (await keep(pdf)))) continue;
      const { renderDocument } = await import('../../render/index.js');
      const timeline = timelineChartData(document.data, today, document.definition);
      const html = renderDocument(document.data, document.kind, { format: 'html', kinds: config.kinds, ...(timeline ? { timeline: timeline as unknown as Readonly<Record<string, unknown>> } : {}) });
      await write(text, html);
      if (options.pdf) {
        await write(pdf, await printer.print(html));
      }
      rendered++;
    }
  } finally {
    await printer.close();
  }

  // Pages that look across documents are always made anew: they are cheap.
  for (const document of documents) {
    const versions = options.history ? await documentHistory(path.resolve(io.cwd, document.file), io.cwd, { lang, kinds: config.kinds, ...(config.diffLevels ? { levels: config.diffLevels as Record<string, Level> } : {}), limit: 20 }) : [];
    // The redline of each version against the one before: a commit does not change, so a page made once is kept.
    const redlines = new Map<string, string>();
    for (const [index, version] of versions.entries()) {
      if (!version.changes || version.changes.length === 0 || version.previous === undefined || version.data === undefined) continue;
      const name = `documenten/${document.slug}.wijzigingen-${version.commit.slice(0, 10)}.html`;
      redlines.set(version.commit, path.posix.basename(name));
      if (fresh && (await keep(name))) continue;
      const before = versions[index + 1];
      const { redlineHtml } = await import('../../redline/index.js');
      await write(name, redlineHtml(version.previous, version.data, version.changes, { lang, kinds: config.kinds, oldName: before ? `${before.date} (${before.commit.slice(0, 7)})` : '', newName: `${version.date} (${version.commit.slice(0, 7)})` }));
    }
    await write(`documenten/${document.slug}.html`, documentPage(document, links, standings.get(document) ?? [], historyList(versions, redlines, lang), options.pdf, context));
  }
  await write('index.html', indexPage(documents, context));
  await write('voortgang.html', progressPage(report, reportContext, context));
  const organisations = organisationEntries(documents, standings);
  await write('organisaties/index.html', organisationsIndex(organisations, context));
  for (const entry of organisations) await write(`organisaties/${entry.slug}.html`, organisationPage(entry, context));
  const funders = funderEntries(documents);
  await write('financiers/index.html', fundersIndex(funders, context));
  for (const entry of funders) await write(`financiers/${entry.slug}.html`, funderPage(entry, context));
  await write('assets/site.css', `${SITE_CSS}${REPORT_PARTS_CSS}`);
  await write('assets/minisearch.js', miniSearchBrowserScript());
  await write('assets/zoekindex.js', searchIndexScript(documents));
  await write('assets/zoeken.js', searchScript({ hint: formatMessage(SITE_WORDS.searchHint, lang), none: formatMessage(SITE_WORDS.noResults, lang) }));

  // What an earlier build wrote and this one did not (a document removed or renamed) goes.
  for (const stale of previous?.files ?? []) {
    if (written.has(stale) || stale.includes('..')) continue;
    await rm(path.join(out, ...stale.split('/')), { force: true });
  }
  const manifest: Manifest = { version, key, documents: Object.fromEntries(documents.map((d) => [d.path, { hash: d.hash, slug: d.slug }])), files: [...written].sort() };
  await writeFileAtomic(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { within: out });

  const said = lang === 'nl' ? `site gebouwd in ${displayPath(out, io.cwd)}: ${documents.length} documenten, ${rendered} opnieuw opgemaakt` : `site built in ${displayPath(out, io.cwd)}: ${documents.length} documents, ${rendered} rendered anew`;
  io.stderr.write(`${printable(said)}\n`);
  return reportFindings(findings, sources, lang, io, options.color, true);
}

/** The history of a document as a list: each version's day, its message and what it changed by level. */
function historyList(versions: readonly Version[], redlines: ReadonlyMap<string, string>, lang: Lang): string {
  if (versions.length === 0) return '';
  const level = { breaking: { nl: 'ingrijpend', en: 'breaking' }, approval: { nl: 'instemming nodig', en: 'needs consent' }, info: { nl: 'informatie', en: 'information' } } as const;
  const first = { nl: 'eerste versie', en: 'first version' };
  const none = { nl: 'geen inhoudelijke wijziging', en: 'no change of meaning' };
  const items = versions.map((v) => {
    const counts = v.levels
      ? (Object.keys(level) as Array<keyof typeof level>).filter((l) => v.levels![l] > 0).map((l) => `${v.levels![l]} ${level[l][lang]}`).join(', ') || none[lang]
      : first[lang];
    const changes = (v.changes ?? []).filter((c) => c.level !== 'info').slice(0, 5);
    const redline = redlines.get(v.commit);
    const shown = redline ? `<a href="${escapeHtml(redline)}">${escapeHtml(counts)}</a>` : escapeHtml(counts);
    return `<li><time datetime="${escapeHtml(v.date)}">${escapeHtml(v.date)}</time> <code>${escapeHtml(v.commit.slice(0, 10))}</code> ${escapeHtml(v.subject)} — ${shown}${changes.length ? `<ul>${changes.map((c) => `<li>${escapeHtml(c.message)}</li>`).join('')}</ul>` : ''}</li>`;
  });
  return `<ol class="history">${items.join('\n')}</ol>`;
}

/** Everyone who owns work or funds a document, by name across the documents. */
function organisationEntries(documents: readonly SiteDocument[], standings: ReadonlyMap<SiteDocument, readonly ItemStanding[]>): OrganisationEntry[] {
  const byName = new Map<string, { name: string; owns: OrganisationEntry['owns'][number][]; funds: OrganisationEntry['funds'][number][] }>();
  const entry = (name: string) => {
    const key = name.trim().toLowerCase();
    const found = byName.get(key) ?? { name: name.trim(), owns: [], funds: [] };
    byName.set(key, found);
    return found;
  };
  for (const document of documents) {
    for (const item of standings.get(document) ?? []) for (const owner of item.owners) entry(owner).owns.push({ document, item });
    for (const funding of fundersOf(document.data)) entry(funding.name).funds.push({ document, funding });
  }
  return uniqueSlugs([...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
}

function funderEntries(documents: readonly SiteDocument[]): FunderEntry[] {
  const byName = new Map<string, { name: string; documents: Array<{ document: SiteDocument; funding: Funding }> }>();
  for (const document of documents) {
    for (const funding of fundersOf(document.data)) {
      const key = funding.name.trim().toLowerCase();
      const found = byName.get(key) ?? { name: funding.name.trim(), documents: [] };
      found.documents.push({ document, funding });
      byName.set(key, found);
    }
  }
  return uniqueSlugs([...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
}

function uniqueSlugs<T extends { name: string }>(entries: readonly T[]): Array<T & { slug: string }> {
  const seen = new Set<string>();
  return entries.map((entry) => {
    let slug = slugOf(entry.name);
    for (let n = 2; seen.has(slug); n++) slug = `${slugOf(entry.name)}-${n}`;
    seen.add(slug);
    return { ...entry, slug };
  });
}

async function readManifest(out: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as Manifest;
    return typeof manifest.version === 'string' && typeof manifest.documents === 'object' && Array.isArray(manifest.files) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}
