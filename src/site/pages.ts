/**
 * The pages of the site, as HTML text. Every link is relative, so the site works opened from
 * disk and from any static host; every page has the same navigation, a skip link and one h1.
 */
import type { Lang, Message } from '../core/i18n.js';
import { formatMessage } from '../core/i18n.js';
import { escapeHtml as h } from '../render/text/escape.js';
import type { ItemStanding, ProgressReport } from '../monitor/report.js';
import type { ReportContext } from '../monitor/format.js';
import { itemName, reportHeading, reportSections } from '../monitor/format.js';
import { dateWords, STATE_WORDS } from '../monitor/words.js';
import type { Funding, SiteDocument, SiteLink } from './documents.js';
import { euros, RELATION_WORDS } from './documents.js';

export const SITE_WORDS = {
  documents: { nl: 'Documenten', en: 'Documents' },
  progress: { nl: 'Voortgang', en: 'Progress' },
  organisations: { nl: 'Organisaties', en: 'Organisations' },
  funders: { nl: 'Financiers', en: 'Funders' },
  search: { nl: 'Zoeken', en: 'Search' },
  searchLabel: { nl: 'Zoek in alle documenten', en: 'Search all documents' },
  searchHint: { nl: 'Typ minstens twee letters.', en: 'Type at least two letters.' },
  noResults: { nl: 'Niets gevonden.', en: 'Nothing found.' },
  skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
  menu: { nl: 'Hoofdmenu', en: 'Main menu' },
  title: { nl: 'Titel', en: 'Title' },
  status: { nl: 'Status', en: 'Status' },
  period: { nl: 'Periode', en: 'Period' },
  version: { nl: 'Versie', en: 'Version' },
  date: { nl: 'Datum', en: 'Date' },
  file: { nl: 'Bestand', en: 'File' },
  kind: { nl: 'Soort', en: 'Kind' },
  read: { nl: 'Lees het document', en: 'Read the document' },
  pdf: { nl: 'PDF om af te drukken', en: 'PDF to print' },
  links: { nl: 'Samenhang met andere documenten', en: 'Links with other documents' },
  work: { nl: 'Werkzaamheden', en: 'Work' },
  workCounts: { nl: '{total} onderdelen: {done} afgerond, {inProgress} loopt, {open} nog niet gestart, {dropped} vervallen, {none} zonder status; {late} te laat.', en: '{total} items: {done} done, {inProgress} in progress, {open} not started, {dropped} dropped, {none} without status; {late} late.' },
  owns: { nl: 'Is eigenaar van', en: 'Owns' },
  funds: { nl: 'Financiert', en: 'Funds' },
  document: { nl: 'Document', en: 'Document' },
  item: { nl: 'Onderdeel', en: 'Item' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  share: { nl: 'Aandeel', en: 'Share' },
  year: { nl: 'Jaar', en: 'Year' },
  total: { nl: 'Totaal', en: 'Total' },
  perYear: { nl: 'Per jaar, over alle documenten', en: 'Per year, across all documents' },
  byDocument: { nl: 'Per document', en: 'By document' },
  noYears: { nl: 'De documenten geven geen bedragen per jaar.', en: 'The documents give no amounts per year.' },
  none: { nl: 'Geen.', en: 'None.' },
  generated: { nl: 'Gemaakt met agendum {version} op {date}.', en: 'Made with agendum {version} on {date}.' },
  history: { nl: 'Geschiedenis', en: 'History' },
} as const satisfies Readonly<Record<string, Message>>;

type Word = keyof typeof SITE_WORDS;

export interface PageContext {
  readonly lang: Lang;
  readonly version: string;
  readonly today: { readonly year: number; readonly month: number; readonly day: number };
}

function w(key: Word, context: PageContext, data: Readonly<Record<string, string | number>> = {}): string {
  return h(formatMessage(SITE_WORDS[key], context.lang, data));
}

function label(value: Message | string | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value[lang];
}

/** A page of the site: `depth` is how many folders below the site's root it lies (for relative links). */
export function page(title: string, body: string, depth: number, context: PageContext, current?: 'index' | 'progress' | 'organisations' | 'funders'): string {
  const up = '../'.repeat(depth);
  const nav: Array<[string, Word, typeof current]> = [
    ['index.html', 'documents', 'index'],
    ['voortgang.html', 'progress', 'progress'],
    ['organisaties/index.html', 'organisations', 'organisations'],
    ['financiers/index.html', 'funders', 'funders'],
  ];
  return `<!DOCTYPE html>
<html lang="${context.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="agendum ${h(context.version)}">
<title>${h(title)}</title>
<link rel="stylesheet" href="${up}assets/site.css">
</head>
<body>
<a class="skip" href="#inhoud">${w('skip', context)}</a>
<header class="site"><nav aria-label="${w('menu', context)}"><ul>${nav
    .map(([href, word, key]) => `<li><a href="${up}${href}"${key === current ? ' aria-current="page"' : ''}>${w(word, context)}</a></li>`)
    .join('')}</ul></nav>
<form class="search" role="search" action="${up}index.html"><label for="zoek">${w('searchLabel', context)}</label> <input id="zoek" name="q" type="search" autocomplete="off" data-root="${up}"> <button type="submit">${w('search', context)}</button></form>
<div id="zoekresultaten" class="results" aria-live="polite"></div>
</header>
<main id="inhoud" tabindex="-1">
<h1>${h(title)}</h1>
${body}
</main>
<footer class="site"><p>${w('generated', context, { version: context.version, date: dateWords(context.today, context.lang) })}</p></footer>
<script src="${up}assets/minisearch.js"></script>
<script src="${up}assets/zoekindex.js"></script>
<script src="${up}assets/zoeken.js"></script>
</body>
</html>
`;
}

/** The index: every document by kind, with its status, period, version and date. */
export function indexPage(documents: readonly SiteDocument[], context: PageContext): string {
  const { lang } = context;
  const kinds = new Map<string, SiteDocument[]>();
  for (const document of documents) kinds.set(document.kind, [...(kinds.get(document.kind) ?? []), document]);
  const sections = [...kinds.values()].map((group) => {
    const name = group[0]!.kindLabel[lang];
    const id = `soort-${group[0]!.kind.toLowerCase()}`;
    const rows = group
      .map(
        (d) =>
          `<tr><th scope="row"><a href="documenten/${h(d.slug)}.html">${h(d.title)}</a></th><td>${h(label(d.status, lang))}</td><td>${h(d.period ?? '')}</td><td>${h(d.version ?? '')}</td><td>${h(d.date ?? '')}</td><td><code>${h(d.path)}</code></td></tr>`,
      )
      .join('\n');
    return `<section aria-labelledby="${id}"><h2 id="${id}">${h(name)} (${group.length})</h2>
<table><thead><tr><th scope="col">${w('title', context)}</th><th scope="col">${w('status', context)}</th><th scope="col">${w('period', context)}</th><th scope="col">${w('version', context)}</th><th scope="col">${w('date', context)}</th><th scope="col">${w('file', context)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
  });
  return page(formatMessage(SITE_WORDS.documents, lang), sections.join('\n'), 0, context, 'index');
}

/** A document's page: what it is, where to read it, how it hangs together with the others, its work and its history. */
export function documentPage(document: SiteDocument, links: readonly SiteLink[], standing: readonly ItemStanding[], history: string, withPdf: boolean, context: PageContext): string {
  const { lang } = context;
  const facts: Array<[Word, string]> = [
    ['kind', document.kindLabel[lang]],
    ['status', label(document.status, lang)],
    ['period', document.period ?? ''],
    ['version', document.version ?? ''],
    ['date', document.date ?? ''],
    ['file', document.path],
  ];
  const related = [
    ...links.filter((l) => l.from === document).map((l) => ({ words: RELATION_WORDS[l.relation].forward, to: l.to })),
    ...links.filter((l) => l.to === document).map((l) => ({ words: RELATION_WORDS[l.relation].backward, to: l.from as SiteLink['to'] })),
  ];
  const linkItem = (to: SiteLink['to']) => ('slug' in to ? `<a href="${h(to.slug)}.html">${h(to.title)}</a>` : `<a href="${h(to.url)}">${h(to.title)}</a>`);
  const counts = { total: standing.length, done: 0, inProgress: 0, open: 0, dropped: 0, none: 0, late: 0 };
  for (const item of standing) {
    counts[item.state]++;
    if (item.late) counts.late++;
  }
  const late = standing.filter((i) => i.late);
  const body = [
    `<dl class="facts">${facts.filter(([, value]) => value !== '').map(([key, value]) => `<dt>${w(key, context)}</dt><dd>${key === 'file' ? `<code>${h(value)}</code>` : h(value)}</dd>`).join('')}</dl>`,
    `<p class="downloads"><a href="${h(document.slug)}.tekst.html">${w('read', context)}</a>${withPdf ? ` · <a href="${h(document.slug)}.pdf">${w('pdf', context)}</a>` : ''}</p>`,
    `<h2>${w('links', context)}</h2>`,
    related.length === 0 ? `<p>${w('none', context)}</p>` : `<ul>${related.map((r) => `<li>${h(r.words[lang])}: ${linkItem(r.to)}</li>`).join('')}</ul>`,
    `<h2>${w('work', context)}</h2>`,
    standing.length === 0 ? `<p>${w('none', context)}</p>` : `<p>${w('workCounts', context, counts)}</p>`,
    late.length > 0 ? `<ul>${late.map((i) => `<li>${h(itemName(i, lang))} — ${h(STATE_WORDS[i.state][lang])}${i.lateSince ? `, ${h(dateWords(i.lateSince, lang))}` : ''}</li>`).join('')}</ul>` : '',
    history ? `<h2>${w('history', context)}</h2>\n${history}` : '',
  ];
  return page(document.title, body.filter(Boolean).join('\n'), 1, context);
}

/** What an organisation owns and funds, across the documents. */
export interface OrganisationEntry {
  readonly name: string;
  readonly slug: string;
  readonly owns: ReadonlyArray<{ readonly document: SiteDocument; readonly item: ItemStanding }>;
  readonly funds: ReadonlyArray<{ readonly document: SiteDocument; readonly funding: Funding }>;
}

export function organisationsIndex(entries: readonly OrganisationEntry[], context: PageContext): string {
  const list = entries.map((e) => `<li><a href="${h(e.slug)}.html">${h(e.name)}</a> (${e.owns.length + e.funds.length})</li>`).join('\n');
  return page(formatMessage(SITE_WORDS.organisations, context.lang), entries.length ? `<ul class="columns">\n${list}\n</ul>` : `<p>${w('none', context)}</p>`, 1, context, 'organisations');
}

export function organisationPage(entry: OrganisationEntry, context: PageContext): string {
  const { lang } = context;
  const owns = entry.owns.length
    ? `<table><thead><tr><th scope="col">${w('item', context)}</th><th scope="col">${w('document', context)}</th><th scope="col">${w('status', context)}</th></tr></thead><tbody>${entry.owns
        .map(({ document, item }) => `<tr><th scope="row">${h(itemName(item, lang))}</th><td><a href="../documenten/${h(document.slug)}.html">${h(document.title)}</a></td><td>${h(STATE_WORDS[item.state][lang])}${item.late ? ` (${h(lang === 'nl' ? 'te laat' : 'late')})` : ''}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p>${w('none', context)}</p>`;
  const funds = entry.funds.length
    ? `<ul>${entry.funds.map(({ document, funding }) => `<li><a href="../documenten/${h(document.slug)}.html">${h(document.title)}</a>${funding.amount !== undefined ? `: ${h(euros(funding.amount, lang))}` : ''}${funding.share !== undefined ? ` (${h(String(funding.share).replace('.', lang === 'nl' ? ',' : '.'))} %)` : ''}</li>`).join('')}</ul>`
    : `<p>${w('none', context)}</p>`;
  const body = `<h2>${w('owns', context)}</h2>\n${owns}\n<h2>${w('funds', context)}</h2>\n${funds}${entry.funds.length ? `\n<p><a href="../financiers/${h(entry.slug)}.html">${w('perYear', context)}</a></p>` : ''}`;
  return page(entry.name, body, 1, context);
}

export interface FunderEntry {
  readonly name: string;
  readonly slug: string;
  readonly documents: ReadonlyArray<{ readonly document: SiteDocument; readonly funding: Funding }>;
}

export function fundersIndex(entries: readonly FunderEntry[], context: PageContext): string {
  const { lang } = context;
  const rows = entries
    .map((e) => {
      const total = e.documents.reduce((sum, d) => sum + (d.funding.amount ?? d.funding.perYear.reduce((s, y) => s + (y.amount ?? 0), 0)), 0);
      return `<tr><th scope="row"><a href="${h(e.slug)}.html">${h(e.name)}</a></th><td class="n">${e.documents.length}</td><td class="n">${total ? h(euros(total, lang)) : ''}</td></tr>`;
    })
    .join('');
  const body = entries.length
    ? `<table><thead><tr><th scope="col">${w('funders', context)}</th><th scope="col" class="n">${w('documents', context)}</th><th scope="col" class="n">${w('total', context)}</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${w('none', context)}</p>`;
  return page(formatMessage(SITE_WORDS.funders, lang), body, 1, context, 'funders');
}

/** A funder's totals per year across the documents, and what it gives each document. */
export function funderPage(entry: FunderEntry, context: PageContext): string {
  const { lang } = context;
  const years = new Map<number, number>();
  for (const { funding } of entry.documents) for (const y of funding.perYear) if (y.amount !== undefined) years.set(y.year, (years.get(y.year) ?? 0) + y.amount);
  const sorted = [...years.entries()].sort(([a], [b]) => a - b);
  const perYear = sorted.length
    ? `<table><thead><tr><th scope="col">${w('year', context)}</th><th scope="col" class="n">${w('amount', context)}</th></tr></thead><tbody>${sorted
        .map(([year, amount]) => `<tr><th scope="row">${year}</th><td class="n">${h(euros(amount, lang))}</td></tr>`)
        .join('')}<tr class="total"><th scope="row">${w('total', context)}</th><td class="n">${h(euros(sorted.reduce((s, [, a]) => s + a, 0), lang))}</td></tr></tbody></table>`
    : `<p>${w('noYears', context)}</p>`;
  const byDocument = `<table><thead><tr><th scope="col">${w('document', context)}</th><th scope="col" class="n">${w('amount', context)}</th><th scope="col" class="n">${w('share', context)}</th></tr></thead><tbody>${entry.documents
    .map(
      ({ document, funding }) =>
        `<tr><th scope="row"><a href="../documenten/${h(document.slug)}.html">${h(document.title)}</a></th><td class="n">${funding.amount !== undefined ? h(euros(funding.amount, lang)) : ''}</td><td class="n">${funding.share !== undefined ? `${h(String(funding.share).replace('.', lang === 'nl' ? ',' : '.'))} %` : ''}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  return page(entry.name, `<h2>${w('perYear', context)}</h2>\n${perYear}\n<h2>${w('byDocument', context)}</h2>\n${byDocument}`, 1, context);
}

/** The monitoring report as a page of the site, its sections inside the site's frame. */
export function progressPage(report: ProgressReport, reportContext: ReportContext, context: PageContext): string {
  const body = `<p>${h(reportHeading(report, reportContext))}</p>\n${reportSections(report, reportContext, 2)}`;
  return page(formatMessage(SITE_WORDS.progress, context.lang), body, 0, context, 'progress');
}

export const SITE_CSS = `
:root{--ink:#1a1a1a;--muted:#555;--line:#ccc;--accent:#0b5394}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);margin:0;line-height:1.5}
a{color:var(--accent)}a:focus,input:focus,button:focus{outline:3px solid #f9a825;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}.skip:focus{left:.5rem}
header.site{background:#f3f6f9;border-bottom:1px solid var(--line);padding:.6rem 1rem}
header.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1.2rem}
header.site a[aria-current]{font-weight:bold;text-decoration:none;color:var(--ink)}
form.search{margin-top:.6rem}form.search input{padding:.3rem;min-width:16rem;font:inherit}form.search button{font:inherit;padding:.3rem .7rem}
.results:empty{display:none}.results{background:#fff;border:1px solid var(--line);padding:.5rem 1rem;margin-top:.5rem;max-width:60rem}
.results ol{padding-left:1.2rem}.results mark{background:#fff3b0}
main{max-width:64rem;margin:0 auto;padding:1rem}
h1{font-size:1.8rem}h2{margin-top:2rem;border-bottom:1px solid var(--line)}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}
.n{text-align:right;font-variant-numeric:tabular-nums}tr.total th,tr.total td{font-weight:bold;border-top:2px solid var(--muted)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:bold}dl.facts dd{margin:0}
ul.columns{columns:2 18rem}
footer.site{color:var(--muted);font-size:.9em;border-top:1px solid var(--line);padding:1rem;text-align:center}
`;
