import type { VocabularyEntry } from '../model/vocabulary.js';
import { lookup, ROLES, vocabularyWord } from '../model/vocabulary.js';
import { formatIsoDate } from '../time/calendar.js';
import { nextReview } from '../time/recurrence.js';
import { uiLabel, type RenderLang } from './labels.js';
import { formatDate, isoDateOf } from './text/dates.js';
import { formatList } from './text/lists.js';
import { formatMoney } from './text/money.js';
import { generatedNumber } from './text/numbering.js';
import { formatPeriod } from './text/period.js';

/*
 * What the templates print, prepared from the document: the rows of an action table, a funding
 * statement in the writer's order, the name of a phase. Pure functions of the data, tested on
 * their own; helpers.ts makes them available to the templates.
 */

export type Fields = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function asArray(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/**
 * The partial that prints each body field of a project. Fields of the same shape share one
 * (`project-paragraphs` prints introduction, objective, …, under the field's own label).
 */
const PROJECT_PARTIALS: Readonly<Record<string, string>> = {
  introduction: 'project-paragraphs',
  bottlenecks: 'project-paragraphs',
  objective: 'project-paragraphs',
  monitoring: 'project-paragraphs',
  explanation: 'project-paragraphs',
  targetOutcomes: 'project-target-outcomes',
  goals: 'project-numbered',
  results: 'project-numbered',
  clarifications: 'project-block',
  workingMethod: 'project-block',
  targets: 'project-targets',
  costs: 'project-costs',
  preconditions: 'project-preconditions',
  followUp: 'project-follow-up',
  phasing: 'project-phasing',
  milestones: 'project-milestones',
  sections: 'project-sections',
  footnotes: 'project-footnotes',
  progress: 'project-progress',
  indicators: 'project-indicators',
  deliverables: 'project-deliverables',
};
const PROJECT_HEADER_FIELDS = new Set(['id', 'number', 'title', 'scope', 'period', 'start', 'end', 'duration', 'status', 'roles', 'owner', 'partners', 'budget', 'implements']);

/**
 * Whether a project is rendered with a heading above each part. A project with numbered results,
 * target outcomes or a phasing is a structured project and gets them ("Inleiding",
 * "Doelstelling", …). Other projects are narrative: their parts follow one another as prose,
 * because the writer's paragraphs may run on from one part into the next (an aim and "Dit doen
 * we door …" in one paragraph); a part with its own `title` still gets that title.
 */
export function isSectionedProject(project: unknown): boolean {
  return isRecord(project) && (isPresent(project.results) || isPresent(project.targetOutcomes) || isPresent(project.phasing));
}

/** The body fields of a project in the writer's order, each with the partial that prints it. */
export function projectFields(project: unknown): Array<{ key: string; value: unknown; partial: string }> {
  if (!isRecord(project)) return [];
  // Extension fields (x-…) are data for templates and tools, not text of the document.
  return Object.entries(project)
    .filter(([key]) => !PROJECT_HEADER_FIELDS.has(key) && !key.startsWith('x-'))
    .map(([key, value]) => ({ key, value, partial: PROJECT_PARTIALS[key] ?? 'field-generic' }));
}

export interface ActionRow {
  readonly action: unknown;
  /** The period printed beside the action: its own, else the one it inherits (theme, action line). */
  readonly when: string;
  readonly own: boolean;
  /** Rows in the period cell (HTML rowspan): a run of actions that inherit one period shares one cell; 0 = covered by the row above. */
  readonly span: number;
}

/**
 * The rows of an action table. With `inherit`, actions without a period of their own show the
 * inherited one, and the period column appears when any row has a period; without it, the column
 * appears only when an action has a period of its own (the inherited one then fills the others).
 */
export function actionTable(actions: unknown, inherited: unknown, inherit: boolean, lang: RenderLang = 'nl'): { showPeriod: boolean; rows: ActionRow[] } {
  const fallback = inherited === undefined || inherited === null ? '' : formatPeriod(inherited, lang);
  const base = asArray(actions).map((action) => {
    const own = isRecord(action) && action.period !== undefined && action.period !== null;
    return { action, own, when: own ? formatPeriod((action as Fields).period, lang) : fallback };
  });
  const showPeriod = inherit ? base.some((row) => row.when !== '') : base.some((row) => row.own);
  const rows: ActionRow[] = [];
  for (let i = 0; i < base.length; i += 1) {
    const row = base[i]!;
    if (row.own) {
      rows.push({ ...row, span: 1 });
      continue;
    }
    let end = i;
    while (end + 1 < base.length && !base[end + 1]!.own) end += 1;
    for (let j = i; j <= end; j += 1) rows.push({ ...base[j]!, span: j === i ? end - i + 1 : 0 });
    i = end;
  }
  return { showPeriod, rows };
}

/** Joins words with spaces, attaching punctuation that opens a connector (":", ",") to the word before. */
function joinWords(words: readonly string[]): string {
  let result = '';
  for (const word of words) {
    if (word === '') continue;
    result = result === '' ? word : /^[:;,.)]/.test(word) ? `${result}${word}` : `${result} ${word}`;
  }
  return result;
}

/** A funding statement with its parts in the writer's order ("€ 88.087 Project Moviera … vanuit projectsubsidie GHNT"). */
export function fundingLine(item: unknown, lang: RenderLang): string {
  if (!isRecord(item)) return item === undefined || item === null ? '' : String(item);
  const words = Object.entries(item).map(([key, value]) => {
    if (key === 'amount') return formatMoney(value, lang);
    if (key === 'text' || key === 'purpose' || key === 'connector' || key === 'source') return value === undefined ? '' : String(value);
    return '';
  });
  return joinWords(words);
}

/** A quantitative target as the sentence it stands in ("… om 45 voorlichtingen te verzorgen in 2020."). */
export function targetLine(target: unknown, lang: RenderLang = 'nl'): string {
  if (!isRecord(target)) return '';
  const words = Object.entries(target).map(([key, value]) => {
    if (key === 'text' || key === 'activity' || key === 'closing') return String(value);
    if (key === 'count' && isRecord(value)) return joinWords([String(value.value ?? ''), String(value.unit ?? '')]);
    if (key === 'period') return formatPeriod(value, lang);
    return '';
  });
  const line = joinWords(words);
  // The writer's full stop closes the sentence; it is not part of the period it follows.
  return target.closing === undefined && line !== '' && !/[.!?:;]$/.test(line) ? `${line}.` : line;
}

/** "Wethouder L. Vos-Van de Weg (Oldebroek)". */
export function personLine(person: unknown): string {
  if (!isRecord(person)) return '';
  const who = joinWords([String(person.role ?? ''), String(person.name ?? '')]);
  const where = [person.municipality, person.organisation].filter((part) => isPresent(part)).map(String).join(', ');
  return where === '' ? who : `${who} (${where})`;
}

/** A theme's heading: its number and title, or, for a theme headed by a norm, "De norm is: Geweld hoort nergens thuis". */
export function themeHeading(theme: unknown): string {
  if (!isRecord(theme)) return '';
  const norm = isRecord(theme.norm) ? theme.norm : undefined;
  const name = isPresent(theme.title)
    ? String(theme.title)
    : norm
      ? isPresent(norm.label) ? `${String(norm.label)}: ${String(norm.statement ?? '')}` : String(norm.statement ?? '')
      : '';
  return isPresent(theme.number) ? `${String(theme.number)} ${name}` : name;
}

/** Whether the items' numbers, as written, are 1, 2, 3, … (or absent), so a Markdown ordered list shows them right. */
export function sequentialNumbers(items: unknown): boolean {
  return asArray(items).every((item, index) => !isRecord(item) || item.number === undefined || item.number === String(index + 1));
}

/** The strings of a value in document order, leaving out ids and other machine keys. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([key]) => !['id', 'ref', 'partner', 'after', 'implements', 'currency', 'mark'].includes(key) && !key.startsWith('x-'))
      .flatMap(([, child]) => textsOf(child));
  }
  return [];
}

/** An agreement or agreement group of a development agenda by id, named for a reader. */
export function agreementName(root: Fields, id: unknown): string {
  const visit = (items: unknown): string | undefined => {
    for (const item of asArray(items)) {
      if (!isRecord(item)) continue;
      if (item.id === id) {
        if (isPresent(item.title)) return isPresent(item.number) ? `${String(item.number)}. ${String(item.title)}` : String(item.title);
        const text = String(item.text ?? asArray(item.paragraphs)[0] ?? '');
        const words = text.split(/\s+/).filter(Boolean);
        const opening = words.slice(0, 8).join(' ') + (words.length > 8 ? ' …' : '');
        return isPresent(item.number) ? `${String(item.number)}. ${opening}` : opening;
      }
      const found = visit(item.agreements);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(root.generalAgreements) ?? visit(root.providerAgreements) ?? String(id);
}

/**
 * "Fase 1 Voorbereiding": the phasing's term (Fase) and the phase's number as written, then its
 * name. A phase the writer did not number is named by its name alone ("Evaluatie"), never given a
 * number of agendum's; one with neither is counted ("Fase 3").
 */
export function phaseName(phase: Fields, index: number, lang: RenderLang, term?: unknown): string {
  const word = isPresent(term) ? String(term) : (uiLabel('phase', lang) ?? '');
  const name = isPresent(phase.name) ? String(phase.name) : '';
  if (isPresent(phase.number)) return joinWords([word, String(phase.number), name]);
  return name !== '' ? name : joinWords([word, generatedNumber(index, 0)]);
}

/**
 * The names of the phases a phase must wait for, or undefined when it simply follows the phase
 * before it (the usual case, not worth a word) or waits for nothing.
 */
export function phaseDependencies(phase: unknown, phases: unknown, index: number, lang: RenderLang, term?: unknown): string | undefined {
  if (!isRecord(phase)) return undefined;
  const after = asArray(phase.after);
  const all = asArray(phases);
  const previous = index > 0 ? all[index - 1] : undefined;
  if (after.length === 0) return undefined;
  if (after.length === 1 && isRecord(previous) && previous.id === after[0]) return undefined;
  const names = after.map((id) => {
    const at = all.findIndex((other) => isRecord(other) && other.id === id);
    return at >= 0 ? phaseName(all[at] as Fields, at, lang, term) : String(id);
  });
  return formatList(names, lang);
}

export function findById(collection: unknown, id: unknown): Fields | undefined {
  return asArray(collection).find((item): item is Fields => isRecord(item) && item.id === id);
}

/**
 * A word of one of the common model's lists, as readers see it: a key or a label reads as the
 * label of the document's language (`inProgress` or "loopt" → "loopt"); another word the list
 * knows ("ter consultatie") is the writer's own and stays; an unknown word stays as written.
 */
export function vocabularyLabel(list: readonly VocabularyEntry[], value: unknown, lang: RenderLang, lowerFirst: boolean): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const entry = lookup(list, value);
  const written = vocabularyWord(value);
  const standard = entry && [entry.label.nl, entry.label.en, entry.key, entry.key.replace(/[A-Z]/g, (c) => ` ${c}`)].some((word) => vocabularyWord(word) === written);
  const label = entry && standard ? entry.label[lang] : value;
  return lowerFirst ? label.charAt(0).toLowerCase() + label.slice(1) : label.charAt(0).toUpperCase() + label.slice(1);
}

/** The name of an organisation of the document by id: in its parties, partners, organisations or contracting authorities. */
export function organisationName(root: Fields, id: unknown): string {
  for (const list of ['parties', 'partners', 'organisations', 'contractingAuthorities']) {
    const found = findById(root[list], id);
    if (found) return String(found.name ?? found.title ?? id);
  }
  return String(id ?? '');
}

/** A role as readers see it: the common vocabulary's label ("Projectleider"), else the writer's word with a capital. */
export function roleName(role: unknown, lang: RenderLang): string {
  const entry = lookup(ROLES, role);
  if (entry) return entry.label[lang];
  const written = String(role ?? '');
  return written.charAt(0).toUpperCase() + written.slice(1);
}

/** Who plays a role, in a line: "J. Jansen, Veilig Thuis ZHZ" (a person or team, then the organisation). */
export function holderLine(holder: unknown, root: Fields): string {
  if (!isRecord(holder)) return '';
  const organisation = isPresent(holder.organisation) ? String(holder.organisation) : isPresent(holder.party) ? organisationName(root, holder.party) : '';
  return [holder.name, organisation].filter((part) => isPresent(part)).map(String).join(', ');
}

/** Contact details of a person or role holder: "j.jansen@example.nl, 06 1234 5678". */
export function contactLine(holder: unknown): string {
  if (!isRecord(holder)) return '';
  return [holder.email, holder.phone].filter((part) => isPresent(part)).map(String).join(', ');
}

/**
 * Role holders grouped by role, in the order roles first appear, each under its own label
 * ("Bestuurlijk opdrachtgever", or the writer's own role as written, first letter capitalised).
 */
export function roleGroups(roles: unknown, lang: RenderLang): Array<{ label: string; holders: Fields[] }> {
  const groups = new Map<string, { label: string; holders: Fields[] }>();
  for (const holder of asArray(roles)) {
    if (!isRecord(holder)) continue;
    const entry = lookup(ROLES, holder.role);
    const written = String(holder.role ?? '');
    const key = entry?.key ?? vocabularyWord(written);
    const label = roleName(holder.role, lang);
    const group = groups.get(key) ?? { label, holders: [] };
    group.holders.push(holder);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A number in the notation of the language: "1.234,5" in Dutch, "1,234.5" in English. */
export function formatNumber(value: unknown, lang: RenderLang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value ?? '');
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? `${lang === 'nl' ? ',' : '.'}${fraction}` : ''}`;
}

/** A percentage: "40%", "12,5%". */
export function formatShare(value: unknown, lang: RenderLang): string {
  return `${formatNumber(value, lang)}%`;
}

/** A value of an indicator with its unit and when it holds: "235 meldingen (2020)", "40% (31 december 2023)". */
export function measureLine(measure: unknown, unit: unknown, lang: RenderLang): string {
  if (!isRecord(measure)) return '';
  const unitText = isPresent(unit) ? String(unit) : '';
  const number = formatNumber(measure.value, lang);
  const value = unitText === '%' ? `${number}%` : joinWords([number, unitText]);
  const when = isPresent(measure.date) ? formatDate(String(measure.date), lang) : isPresent(measure.year) ? String(measure.year) : '';
  return when === '' ? value : `${value} (${when})`;
}

/** A funder's amounts per year: "2024: € 100.000; 2025: € 120.000 (40%)". */
export function perYearLine(perYear: unknown, lang: RenderLang): string {
  return asArray(perYear)
    .filter(isRecord)
    .map((year) => {
      const amount = year.amount !== undefined ? formatMoney(year.amount, lang) : '';
      const share = year.share !== undefined ? formatShare(year.share, lang) : '';
      const value = amount !== '' && share !== '' ? `${amount} (${share})` : amount || share;
      // A note stands apart from the value it is about.
      return `${String(year.year)}: ${value}${isPresent(year.note) ? ` (${String(year.note)})` : ''}`;
    })
    .join('; ');
}

/** When a review is next due, spelled for the reader; undefined when it cannot be said. */
export function reviewNext(review: unknown, lang: RenderLang): string | undefined {
  if (!isRecord(review)) return undefined;
  const next = nextReview(review);
  return next ? formatDate(formatIsoDate(next.date), lang) : undefined;
}

/** What a printed document says about itself: its PDF metadata and the HTML page's meta tags. */
export interface DocumentMetadata {
  /** The responsible organisations, or the writers when no organisation is named. */
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  /** The document's date (ISO 8601), when it names one precisely enough. */
  readonly date?: string;
}

/** Colophon credits that name who wrote the text (not who edited or designed it). */
const WRITER_ROLE = /^(tekst|teksten|auteurs?|opstellers?|samenstelling|text|authors?|written by)$/i;

/** Field names, in order of preference, that name who is responsible for a document. */
const RESPONSIBLE_LISTS = ['contractingAuthorities', 'parties'] as const;

function uniqueTexts(values: readonly unknown[]): string[] {
  return [...new Set(values.filter((value) => isPresent(value) && typeof value !== 'object').map((value) => stripTags(String(value))))];
}

/** Emphasis marks and the like are not part of a name in metadata. */
function stripTags(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The metadata of a document: the author is the responsible organisation (the writers'
 * organisations, the contracting authorities, the parties, the writers in the
 * colophon, the region), the subject its subtitle or kind and period, the keywords its kind,
 * period and region, and the date its own (or the colophon's).
 */
export function documentMetadata(root: Fields, kindLabel: string, lang: RenderLang): DocumentMetadata {
  const authors = asArray(root.authors).filter(isRecord);
  const candidates: string[][] = [
    uniqueTexts(authors.map((person) => person.organisation ?? person.municipality)),
    ...RESPONSIBLE_LISTS.map((list) => uniqueTexts(asArray(root[list]).filter(isRecord).map((entry) => entry.name))),
    uniqueTexts(authors.map((person) => person.name)),
    uniqueTexts(isRecord(root.colophon) ? asArray(root.colophon.credits).filter((credit) => isRecord(credit) && WRITER_ROLE.test(String(credit.role ?? ''))).map((credit) => (credit as Fields).name) : []),
    uniqueTexts([root.region]),
  ];
  const author = candidates.find((names) => names.length > 0)?.join(', ') ?? '';
  const period = isPresent(root.period) ? formatPeriod(root.period, lang) : '';
  const subject = isPresent(root.subtitle) ? stripTags(String(root.subtitle)) : joinWords([kindLabel, period]);
  const keywords = uniqueTexts([kindLabel, period, root.region]).join(', ');
  const date = isoDateOf(root.date) ?? (isRecord(root.colophon) ? isoDateOf(root.colophon.date) : undefined);
  return { author, subject, keywords, ...(date ? { date } : {}) };
}
