/**
 * The monitoring report in each format: a table for the terminal, Markdown, a printable HTML
 * page (also the source of the PDF), JSON for tools and CSV for a spreadsheet.
 */
import { Chalk } from 'chalk';
import type { Lang } from '../core/i18n.js';
import { printable } from '../formatters/printable.js';
import { escapeHtml, escapeMarkdown } from '../render/text/escape.js';
import type { CalendarDate } from '../time/calendar.js';
import { formatIsoDate } from '../time/calendar.js';
import { csvTable } from './csv.js';
import type { WorkState } from './items.js';
import type { Counts, DocumentStanding, ItemStanding, ProgressMove, ProgressReport } from './report.js';
import { countWords, dateWords, lengthWords, say, STATE_HEADINGS, STATE_WORDS } from './words.js';

export interface ReportContext {
  readonly lang: Lang;
  readonly color: boolean;
  /** What moved since an earlier revision (`--since`), with that revision's name and day. */
  readonly moves?: { readonly revision: string; readonly day: CalendarDate; readonly moves: readonly ProgressMove[] };
  /** The commit the documents were read at (`--as-of`). */
  readonly snapshot?: { readonly commit: string; readonly day: CalendarDate };
  readonly version: string;
}

/** The states in the order a reader scans them: done first, work without a status last. */
const COLUMNS: readonly WorkState[] = ['done', 'inProgress', 'open', 'dropped', 'none'];

/** "Actie 2.3 Training meldcode". */
export function itemName(item: ItemStanding, lang: Lang, max = Infinity): string {
  const name = [item.type[lang], item.number, item.title].filter(Boolean).join(' ');
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

function groupName(group: { number?: string; title: string }, lang: Lang): string {
  return group.title ? [group.number, group.title].filter(Boolean).join(' ') : say('noPart', lang);
}

function heading(report: ProgressReport, context: ReportContext): string {
  const lang = context.lang;
  const asOf = say('asOf', lang, { date: dateWords(report.today, lang) });
  const commit = context.snapshot ? `, ${say('asOfCommit', lang, { date: dateWords(context.snapshot.day, lang), commit: context.snapshot.commit.slice(0, 10) })}` : '';
  return `${asOf}${commit} (${say('dueWindow', lang, { length: lengthWords(report.withinDays, lang) })})`;
}

/** Why an item is listed: when it ended or is due, its status, and who carries it. */
function itemDetail(item: ItemStanding, lang: Lang): string {
  const parts: string[] = [STATE_WORDS[item.state][lang] + (item.writtenStatus ? ` (${item.writtenStatus})` : '')];
  if (item.lateSince) parts.push(say('ended', lang, { date: dateWords(item.lateSince, lang) }));
  if (item.dueOn) parts.push(say('due', lang, { date: dateWords(item.dueOn, lang) }));
  if (item.owners.length > 0) parts.push(item.owners.join(', '));
  return parts.join(' · ');
}

/** The items a report lists by name under a document: the late, those due soon, and those without a status. */
function listedItems(document: DocumentStanding, lang: Lang): Array<{ key: 'late' | 'dueSoon' | 'withoutStatus'; title: string; items: ItemStanding[] }> {
  const lists = [
    { key: 'late' as const, items: document.items.filter((i) => i.late) },
    { key: 'dueSoon' as const, items: document.items.filter((i) => i.dueSoon) },
    { key: 'withoutStatus' as const, items: document.items.filter((i) => i.state === 'none' && !i.late && !i.dueSoon) },
  ];
  return lists.filter((list) => list.items.length > 0).map((list) => ({ ...list, title: say(list.key, lang) }));
}

// ---------------------------------------------------------------- terminal

export function prettyReport(report: ProgressReport, context: ReportContext): string {
  const { lang } = context;
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [c.bold(say('report', lang)), heading(report, context), ''];
  const header = [say('part', lang), say('total', lang), ...COLUMNS.map((s) => STATE_HEADINGS[s][lang]), say('late', lang), say('dueSoon', lang)];
  const row = (name: string, counts: Counts) => [name, counts.total, ...COLUMNS.map((s) => counts[s]), counts.late, counts.dueSoon].map(String);
  for (const document of report.documents) {
    out.push(c.bold(printable(document.title)), c.dim(`${printable(document.file)} · ${document.kind[lang]}`));
    if (document.items.length === 0) {
      out.push(`  ${say('nothing', lang)}`, '');
      continue;
    }
    const rows = document.groups.map((g) => row(printable(groupName(g, lang)), g.counts));
    out.push(...table(header, [...rows, row(say('total', lang), document.counts)], c).map((line) => `  ${line}`));
    const paints = { late: c.red, dueSoon: c.yellow, withoutStatus: c.dim };
    for (const { key, title, items } of listedItems(document, lang)) {
      out.push(`  ${paints[key](`${title}:`)}`);
      for (const item of items) out.push(`    ${printable(itemName(item, lang, 70))} ${c.dim(`— ${printable(itemDetail(item, lang))}`)}`);
    }
    out.push('');
  }
  if (report.owners.length > 0) {
    out.push(c.bold(say('owners', lang)));
    const ownerHeader = [say('owner', lang), ...header.slice(1)];
    out.push(...table(ownerHeader, report.owners.map((o) => row(printable(o.owner), o.counts)), c).map((line) => `  ${line}`), '');
  }
  if (context.moves) out.push(...prettyMoves(context.moves, lang, c), '');
  const total = report.counts;
  const summary = [
    `${countWords(report.documents.length, 'documentsOne', 'documents', lang)}, ${countWords(total.total, 'itemsOne', 'items', lang)}`,
    COLUMNS.map((s) => `${total[s]} ${STATE_WORDS[s][lang]}`).join(', '),
    `${total.late} ${say('late', lang).toLowerCase()}, ${total.dueSoon} ${say('dueSoon', lang).toLowerCase()}`,
  ].join('; ');
  out.push((total.late > 0 ? c.red : c.green)(summary));
  return `${out.join('\n')}\n`;
}

function prettyMoves(moves: NonNullable<ReportContext['moves']>, lang: Lang, c: InstanceType<typeof Chalk>): string[] {
  const out = [c.bold(say('since', lang, { revision: moves.revision, date: dateWords(moves.day, lang) }))];
  if (moves.moves.length === 0) out.push(`  ${say('noMoves', lang)}`);
  for (const move of moves.moves) {
    const was = move.from && move.change !== 'newlyLate' ? ` (${say('was', lang, { state: STATE_WORDS[move.from][lang] })})` : '';
    out.push(`  ${say(`move.${move.change}`, lang)}: ${printable(itemName(move.item, lang, 70))}${was} ${c.dim(`— ${printable(move.file)}`)}`);
  }
  return out;
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[], c: InstanceType<typeof Chalk>): string[] {
  const clip = (text: string) => (text.length > 44 ? `${text.slice(0, 43)}…` : text);
  const cells = [header, ...rows].map((r) => r.map((cell, i) => (i === 0 ? clip(cell) : cell)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [c.dim(line(cells[0]!)), ...cells.slice(1).map(line)];
}

// ---------------------------------------------------------------- Markdown

export function markdownReport(report: ProgressReport, context: ReportContext): string {
  const { lang } = context;
  const md = escapeMarkdown;
  const out: string[] = [`# ${say('report', lang)}`, '', heading(report, context), ''];
  const header = [say('part', lang), say('total', lang), ...COLUMNS.map((s) => STATE_HEADINGS[s][lang]), say('late', lang), say('dueSoon', lang)];
  const row = (name: string, counts: Counts) => `| ${[md(name), counts.total, ...COLUMNS.map((s) => counts[s]), counts.late, counts.dueSoon].join(' | ')} |`;
  const tableHead = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const document of report.documents) {
    out.push(`## ${md(document.title)}`, '', `${document.kind[lang]} · \`${document.file.replace(/`/g, "'")}\``, '');
    if (document.items.length === 0) {
      out.push(say('nothing', lang), '');
      continue;
    }
    out.push(...tableHead, ...document.groups.map((g) => row(groupName(g, lang), g.counts)), row(say('total', lang), document.counts), '');
    for (const { title, items } of listedItems(document, lang)) {
      out.push(`### ${title}`, '', ...items.map((item) => `- **${md(itemName(item, lang))}** — ${md(itemDetail(item, lang))}`), '');
    }
  }
  if (report.owners.length > 0) {
    out.push(`## ${say('owners', lang)}`, '', `| ${[say('owner', lang), ...header.slice(1)].join(' | ')} |`, tableHead[1]!, ...report.owners.map((o) => row(o.owner, o.counts)), '');
  }
  if (context.moves) {
    out.push(`## ${say('since', lang, { revision: context.moves.revision, date: dateWords(context.moves.day, lang) })}`, '');
    if (context.moves.moves.length === 0) out.push(say('noMoves', lang));
    for (const move of context.moves.moves) out.push(`- ${say(`move.${move.change}`, lang)}: **${md(itemName(move.item, lang))}** (${md(move.file)})`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- HTML (and PDF)

export function htmlReport(report: ProgressReport, context: ReportContext): string {
  const { lang } = context;
  const h = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="agendum ${h(context.version)}">
<title>${h(say('report', lang))} — ${h(dateWords(report.today, lang))}</title>
<style>${REPORT_PAGE_CSS}${REPORT_PARTS_CSS}</style>
</head>
<body>
<header><h1>${h(say('report', lang))}</h1><p>${h(heading(report, context))}</p></header>
<main>
${reportSections(report, context, 2)}
</main>
<footer><p>${h(say('generated', lang, { version: context.version }))}</p></footer>
</body>
</html>
`;
}

/** The line under the report's title: the day, the commit, the window. */
export function reportHeading(report: ProgressReport, context: ReportContext): string {
  return heading(report, context);
}

/**
 * The report's sections as HTML, headed from level `level` down: a figure and table per
 * document, the late, due and unmarked items, the owners, and what moved.
 */
export function reportSections(report: ProgressReport, context: ReportContext, level: number): string {
  const { lang } = context;
  const h = escapeHtml;
  const hn = (n: number) => `h${Math.min(level + n, 6)}`;
  const body: string[] = [];
  const header = [say('part', lang), say('total', lang), ...COLUMNS.map((s) => STATE_HEADINGS[s][lang]), say('late', lang), say('dueSoon', lang)];
  const head = `<thead><tr>${header.map((cell, i) => `<th scope="col"${i === 0 ? '' : ' class="n"'}>${h(cell)}</th>`).join('')}</tr></thead>`;
  const row = (name: string, counts: Counts, total = false) =>
    `<tr${total ? ' class="total"' : ''}><th scope="row">${h(name)}</th>${[counts.total, ...COLUMNS.map((s) => counts[s]), counts.late, counts.dueSoon].map((n) => `<td class="n">${n}</td>`).join('')}</tr>`;
  for (const [index, document] of report.documents.entries()) {
    const id = `d${index + 1}`;
    body.push(`<section aria-labelledby="${id}"><${hn(0)} id="${id}">${h(document.title)}</${hn(0)}><p class="meta">${h(document.kind[lang])} · <code>${h(document.file)}</code></p>`);
    if (document.items.length === 0) {
      body.push(`<p>${h(say('nothing', lang))}</p></section>`);
      continue;
    }
    body.push(`<figure><figcaption>${h(say('chart', lang))}</figcaption>${bars(document, lang)}</figure>`);
    body.push(`<table>${head}<tbody>${document.groups.map((g) => row(groupName(g, lang), g.counts)).join('')}${row(say('total', lang), document.counts, true)}</tbody></table>`);
    for (const { title, items } of listedItems(document, lang)) {
      body.push(`<${hn(1)}>${h(title)}</${hn(1)}><ul>${items.map((item) => `<li><strong>${h(itemName(item, lang))}</strong> — ${h(itemDetail(item, lang))}</li>`).join('')}</ul>`);
    }
    body.push('</section>');
  }
  if (report.owners.length > 0) {
    const ownerHead = head.replace(h(say('part', lang)), h(say('owner', lang)));
    body.push(`<section aria-labelledby="owners"><${hn(0)} id="owners">${h(say('owners', lang))}</${hn(0)}><table>${ownerHead}<tbody>${report.owners.map((o) => row(o.owner, o.counts)).join('')}</tbody></table></section>`);
  }
  if (context.moves) {
    const moves = context.moves;
    body.push(`<section aria-labelledby="moves"><${hn(0)} id="moves">${h(say('since', lang, { revision: moves.revision, date: dateWords(moves.day, lang) }))}</${hn(0)}>`);
    body.push(moves.moves.length === 0 ? `<p>${h(say('noMoves', lang))}</p>` : `<ul>${moves.moves.map((m) => `<li>${h(say(`move.${m.change}`, lang))}: <strong>${h(itemName(m.item, lang))}</strong> (${h(m.file)})</li>`).join('')}</ul>`);
    body.push('</section>');
  }
  return body.join('\n');
}

/** A stacked bar per part: the share of its work in each state. The table beside it carries the numbers for screen readers. */
function bars(document: DocumentStanding, lang: Lang): string {
  const rows = document.groups.map((group) => {
    const name = groupName(group, lang);
    const segments = COLUMNS.filter((s) => group.counts[s] > 0)
      .map((s) => `<span class="s-${s}" style="flex-grow:${group.counts[s]}" title="${escapeHtml(`${STATE_WORDS[s][lang]}: ${group.counts[s]}`)}"></span>`)
      .join('');
    const text = say('chartText', lang, { part: name, ...Object.fromEntries(COLUMNS.map((s) => [s, group.counts[s]])) });
    return `<li><span class="label">${escapeHtml(name)}</span><span class="bar" role="img" aria-label="${escapeHtml(text)}">${segments}</span></li>`;
  });
  const legend = COLUMNS.map((s) => `<li><span class="key s-${s}" aria-hidden="true"></span>${escapeHtml(STATE_HEADINGS[s][lang])}</li>`).join('');
  return `<ul class="bars">${rows.join('')}</ul><ul class="legend">${legend}</ul>`;
}

/** The parts of the report (tables, bars, legend), also used inside the site's pages. */
export const REPORT_PARTS_CSS = `
.meta{color:#555;margin-top:0}code{font-size:.9em}
table{border-collapse:collapse;width:100%;margin:1rem 0;break-inside:avoid}th,td{padding:.25rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums}tr.total th,tr.total td{font-weight:bold;border-top:2px solid #555}
figure{margin:1rem 0;break-inside:avoid}figcaption{font-weight:bold;margin-bottom:.4rem}
ul.bars{list-style:none;padding:0;margin:0}ul.bars li{display:flex;align-items:center;gap:.6rem;margin:.2rem 0}
ul.bars .label{flex:0 0 18rem;overflow-wrap:anywhere}ul.bars .bar{flex:1;display:flex;height:1rem;border:1px solid #555}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;font-size:.9em}.key{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:-.1rem;border:1px solid #555}
.s-done{background:#1b7837}.s-inProgress{background:#7fbf7b}.s-open{background:#f4a582}.s-dropped{background:#bababa}.s-none{background:repeating-linear-gradient(45deg,#fff 0 3px,#888 3px 5px)}
`;

/** The report as a page of its own (and as the PDF prints it). */
const REPORT_PAGE_CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}h2,h3{break-after:avoid}
footer{margin-top:3rem;color:#555;font-size:.85em}
@media print{body{margin:0;max-width:none}h2{break-before:auto}@page{size:A4;margin:18mm 16mm}}
`;

// ---------------------------------------------------------------- JSON and CSV

export function jsonReport(report: ProgressReport, context: ReportContext): string {
  const date = (d: CalendarDate | undefined) => (d ? formatIsoDate(d) : undefined);
  const item = (i: ItemStanding) => ({
    pointer: i.pointer,
    key: i.key,
    type: i.type[context.lang],
    number: i.number,
    title: i.title,
    group: i.group ? { pointer: i.group.pointer, number: i.group.number, title: i.group.title } : undefined,
    owners: i.owners,
    status: i.state,
    writtenStatus: i.writtenStatus,
    start: date(i.start),
    end: date(i.end),
    inheritedTime: i.inherited || undefined,
    when: i.when,
    deadlines: i.moments.map((m) => ({ date: formatIsoDate(m.date), text: m.text })),
    late: i.late,
    lateSince: date(i.lateSince),
    dueSoon: i.dueSoon,
    dueOn: date(i.dueOn),
    progress: i.progress.map((p) => ({ date: formatIsoDate(p.date), status: p.state, note: p.note, by: p.by })),
  });
  return `${JSON.stringify(
    {
      today: formatIsoDate(report.today),
      withinDays: report.withinDays,
      ...(context.snapshot ? { commit: context.snapshot.commit } : {}),
      counts: report.counts,
      documents: report.documents.map((d) => ({ file: d.file, id: d.id, title: d.title, kind: d.kind[context.lang], counts: d.counts, groups: d.groups, items: d.items.map(item) })),
      owners: report.owners,
      ...(context.moves ? { since: { revision: context.moves.revision, date: formatIsoDate(context.moves.day), moves: context.moves.moves.map((m) => ({ file: m.file, change: m.change, from: m.from, item: item(m.item) })) } } : {}),
    },
    null,
    2,
  )}\n`;
}

export function csvReport(report: ProgressReport, context: ReportContext): string {
  const { lang } = context;
  const header = ['document', 'number', 'type', 'title', 'part', 'owner', 'status', 'start', 'end', 'late', 'dueSoon', 'lastNote'] as const;
  const headings: Record<(typeof header)[number], string> = {
    document: say('document', lang),
    number: say('number', lang),
    type: say('type', lang),
    title: say('title', lang),
    part: say('part', lang),
    owner: say('owner', lang),
    status: say('status', lang),
    start: say('start', lang),
    end: say('end', lang),
    late: say('late', lang),
    dueSoon: say('dueSoon', lang),
    lastNote: say('lastNote', lang),
  };
  const rows = report.documents.flatMap((document) =>
    document.items.map((item) => {
      const last = item.progress[item.progress.length - 1];
      return [
        document.title,
        item.number ?? '',
        item.type[lang],
        item.title,
        item.group ? groupName(item.group, lang) : '',
        item.owners.join(', '),
        item.writtenStatus ?? STATE_WORDS[item.state][lang],
        item.start ? formatIsoDate(item.start) : '',
        item.end ? formatIsoDate(item.end) : '',
        item.late ? say('yes', lang) : say('no', lang),
        item.dueSoon ? say('yes', lang) : say('no', lang),
        last ? `${formatIsoDate(last.date)}: ${last.note ?? STATE_WORDS[last.state][lang]}` : '',
      ];
    }),
  );
  return csvTable(header.map((key) => headings[key]), rows);
}
