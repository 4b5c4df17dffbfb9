import Handlebars from 'handlebars';
import type { KindDefinition } from '../model/kinds.js';
import { DOCUMENT_STATUSES, PRECONDITION_STATUSES, WORK_STATUSES } from '../model/vocabulary.js';
import type { Text } from '../core/i18n.js';
import { HelperError, type RenderFormat, type SourceLocation } from './environment.js';
import { RENDER_MESSAGES, renderWording } from './errors.js';
import { fieldLabel, uiLabel, type RenderLang } from './labels.js';
import { anchorId, markdownSlug } from './text/anchors.js';
import { formatDate } from './text/dates.js';
import { fontFaceCss } from './fonts.js';
import { genericSections } from './generic.js';
import { formatDuration } from './text/duration.js';
import { emphasisToHtml, stripEmphasis } from './text/emphasis.js';
import { cssString, escapeHtml, unescapeMarkdown } from './text/escape.js';
import { formatList } from './text/lists.js';
import { formatMoney } from './text/money.js';
import { formatOrdinal, generatedNumber } from './text/numbering.js';
import { formatPeriod } from './text/period.js';
import { safeUrl } from './text/url.js';
import {
  actionTable,
  agreementName,
  contactLine,
  documentMetadata,
  formatNumber,
  formatShare,
  holderLine,
  measureLine,
  organisationName,
  perYearLine,
  reviewNext,
  roleGroups,
  roleName,
  vocabularyLabel,
  asArray,
  findById,
  fundingLine,
  isPresent,
  isRecord,
  isSectionedProject,
  personLine,
  phaseDependencies,
  phaseName,
  projectFields,
  sequentialNumbers,
  targetLine,
  textsOf,
  themeHeading,
  type Fields,
} from './view.js';

/** What the helpers need to know about the render they serve. */
export interface HelperContext {
  readonly format: RenderFormat;
  readonly lang: RenderLang;
  readonly definition: KindDefinition;
}

interface HelperOptions {
  readonly data?: { readonly root?: unknown };
  readonly loc?: SourceLocation;
  readonly hash?: Readonly<Record<string, unknown>>;
  readonly fn?: (context: unknown) => string;
  readonly inverse?: (context: unknown) => string;
}

type HelperBody = (args: unknown[], options: HelperOptions, self: unknown) => unknown;

function rootOf(options: HelperOptions): Fields {
  const root = options.data?.root;
  return isRecord(root) ? root : {};
}

/** What a helper cannot do, in words of the message catalogue; the helper's name and place are added where it is caught. */
class HelperProblem extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(renderWording(text, 'en'));
    this.name = 'HelperProblem';
    this.text = text;
  }
}

/** Creates the helpers for one format, language and kind. */
export function createHelpers(context: HelperContext): Record<string, Handlebars.HelperDelegate> {
  const { format, lang, definition } = context;
  const kind = definition.kind;
  const html = format === 'html';
  const helpers: Record<string, Handlebars.HelperDelegate> = {};

  const define = (name: string, body: HelperBody): void => {
    helpers[name] = function helper(this: unknown, ...all: unknown[]): unknown {
      const options = (all.pop() ?? {}) as HelperOptions;
      try {
        return body(all, options, this);
      } catch (error) {
        if (error instanceof HelperError) throw error;
        const reason = error instanceof HelperProblem ? error.text : RENDER_MESSAGES.text('runtimeSays', { detail: error instanceof Error ? error.message : String(error) });
        throw new HelperError(RENDER_MESSAGES.text('helperFailed', { helper: name, reason }), options.loc);
      }
    };
  };
  /** A value a helper cannot do without: missing is a template error, as under strict mode. */
  const required = (value: unknown, what: 'theText' | 'theDate' | 'theAmount' | 'thePeriod' | 'theDuration' | 'theNumber' | 'theUrl'): unknown => {
    if (value === undefined || value === null) throw new HelperProblem(RENDER_MESSAGES.text('missing', { what: RENDER_MESSAGES.text(what) }));
    return value;
  };
  const safe = (markup: string): unknown => (html ? new Handlebars.SafeString(markup) : markup);
  const writerText = (value: unknown): string => String(value);

  // The writer's text with inline emphasis: <em>/<strong> in HTML (escaped first), as written in Markdown.
  define('prose', ([value]) => {
    const text = String(required(value, 'theText'));
    return html ? safe(emphasisToHtml(text)) : text;
  });
  // The writer's text without emphasis markers, for places that take no markup (<title>, running header).
  define('plainText', ([value]) => stripEmphasis(String(required(value, 'theText'))));
  define('fieldLabel', ([field]) => {
    const label = fieldLabel(definition, String(field), lang);
    if (label === undefined) throw new HelperProblem(RENDER_MESSAGES.text('noFieldLabel', { kind, field: String(field) }));
    return label;
  });
  define('uiLabel', ([key]) => {
    const label = uiLabel(String(key), lang);
    if (label === undefined) throw new HelperProblem(RENDER_MESSAGES.text('noLabel', { key: String(key) }));
    return label;
  });
  define('kindName', () => definition.label[lang]);
  define('fontFaces', () => safe(fontFaceCss()));
  define('documentMetadata', (_args, options) => documentMetadata(rootOf(options), definition.label[lang], lang));
  define('fmtDate', ([value]) => formatDate(required(value, 'theDate') as string, lang));
  define('fmtMoney', ([value]) => formatMoney(required(value, 'theAmount'), lang));
  define('fmtPeriod', ([value]) => formatPeriod(required(value, 'thePeriod'), lang));
  define('fmtDuration', ([value]) => formatDuration(required(value, 'theDuration'), lang));
  define('fmtOrdinal', ([value]) => formatOrdinal(Number(required(value, 'theNumber')), lang));
  // "A, B en C"; with a key, of that field of each item.
  define('fmtList', ([items, key]) =>
    formatList(asArray(items).map((item) => (typeof key === 'string' && isRecord(item) ? item[key] : item)), lang),
  );
  // "A, B, C": the writer's own enumeration, without a conjunction added.
  define('joinComma', ([items, key]) =>
    asArray(items)
      .map((item) => (typeof key === 'string' && isRecord(item) ? item[key] : item))
      .filter((item) => isPresent(item))
      .map(writerText)
      .join(', '),
  );
  define('itemNumber', ([number, index, depth]) =>
    isPresent(number) ? String(number) : generatedNumber(Number(index ?? 0), Number(depth ?? 0)),
  );
  define('anchor', ([prefix, id, index]) => anchorId(String(prefix), isPresent(id) ? id : index));
  // "##" for a Markdown heading of a level.
  define('hashes', ([level]) => '#'.repeat(Math.min(6, Math.max(1, Number(level ?? 2)))));
  define('mdSlug', ([heading]) => markdownSlug(String(heading ?? '')));
  define('quote', ([value]) => `“${String(required(value, 'theText'))}”`);
  // A link only for http(s) and mailto; anything else prints as text.
  define('link', ([url, text]) => {
    const raw = html ? String(required(url, 'theUrl')) : unescapeMarkdown(String(required(url, 'theUrl')));
    const target = safeUrl(raw);
    const shown = isPresent(text) ? String(text) : undefined;
    if (html) {
      const label = emphasisToHtml(shown ?? raw);
      return safe(target === undefined ? label : `<a href="${escapeHtml(target)}">${label}</a>`);
    }
    if (target === undefined) return shown ?? String(url);
    return shown === undefined ? `<${target}>` : `[${shown}](<${target}>)`;
  });
  // A text closed with one full stop: "Plannen" → "Plannen.", "Plannen." stays (no doubled stops).
  define('closeSentence', ([value]) => {
    const text = String(value ?? '').trimEnd();
    return text === '' || /[.!?:;…]$/.test(unescapeMarkdown(text)) ? text : `${text}.`;
  });
  define('cssString', ([value]) => safe(cssString(String(value ?? ''))));

  define('partnerById', ([id], options) => findById(rootOf(options).partners, id));
  // A partner as named at this place, else the register's name(s).
  define('partnerName', ([reference], options) => {
    if (!isRecord(reference)) return '';
    if (isPresent(reference.label)) return String(reference.label);
    const names = asArray(reference.partner).map((id) => findById(rootOf(options).partners, id)?.name ?? id);
    return formatList(names, lang);
  });
  // Names of the items with these ids, looked up in the named root collections ("parties", "organisations").
  define('namesOf', ([ids, ...collections], options) => {
    const root = rootOf(options);
    const names = asArray(ids).map((id) => {
      for (const collection of collections) {
        const found = findById(root[String(collection)], id);
        if (found) return found.name ?? id;
      }
      return id;
    });
    return formatList(names, lang);
  });
  define('referenceById', ([id], options) => findById(rootOf(options).references, id));
  define('resultAreaById', ([id], options) => {
    const areas = rootOf(options).resultAreas;
    const domains = isRecord(areas) ? asArray(areas.domains) : [];
    for (const domain of domains) {
      const found = isRecord(domain) ? findById(domain.areas, id) : undefined;
      if (found) return found;
    }
    return undefined;
  });

  define('eq', ([a, b]) => a === b);
  define('not', ([value]) => !isPresent(value));
  define('and', (values) => values.every(isPresent));
  define('or', (values) => values.some(isPresent));
  define('either', (values) => values.find(isPresent));
  define('add', ([a, b]) => Number(a ?? 0) + Number(b ?? 0));
  define('concat', (values) => values.map((value) => (value === undefined || value === null ? '' : String(value))).join(''));
  define('anyHas', ([items, key]) => asArray(items).some((item) => isRecord(item) && isPresent(item[String(key)])));

  // Every piece of text in a value, in order (for a field without a partial of its own).
  define('textsOf', ([value]) => textsOf(value));
  // The register's partners that no appendix lists (they are printed after the appendices).
  define('partnersOutsideAppendices', (_args, options) => {
    const root = rootOf(options);
    const listed = new Set<unknown>();
    for (const appendix of asArray(root.appendices)) {
      if (!isRecord(appendix)) continue;
      for (const reference of asArray(appendix.partnerList)) {
        if (isRecord(reference)) for (const id of asArray(reference.partner)) listed.add(id);
      }
    }
    const rest = asArray(root.partners).filter((partner) => isRecord(partner) && !listed.has(partner.id));
    return rest.length > 0 ? rest : undefined;
  });
  define('phaseName', ([phase, index, term]) => (isRecord(phase) ? phaseName(phase, Number(index ?? 0), lang, term) : ''));
  define('themeHeading', ([theme]) => themeHeading(theme));
  // Whether two id lists hold the same ids (an agreement binding the same parties as its group).
  define('sameIds', ([a, b]) => {
    const left = new Set(asArray(a));
    const right = new Set(asArray(b));
    return left.size === right.size && [...left].every((id) => right.has(id));
  });
  // How an agreement or group is called where an amendment names it: its title, else its number and opening words.
  define('agreementName', ([id], options) => agreementName(rootOf(options), id));
  // The phases a phase waits for, when that is not simply the phase before it.
  define('phaseDependencies', ([phase, phases, index, term]) => phaseDependencies(phase, phases, Number(index ?? 0), lang, term));
  define('isSectioned', ([project]) => isSectionedProject(project));
  define('projectFields', ([project]) => projectFields(project));
  define('actionTable', ([actions, inherited, inherit]) => actionTable(actions, inherited, inherit === true, lang));
  define('fundingLine', ([item]) => fundingLine(item, lang));
  define('targetLine', ([target]) => targetLine(target, lang));
  define('personLine', ([person]) => personLine(person));
  define('sequentialNumbers', ([items]) => sequentialNumbers(items));
  // Words of the common model's lists as readers see them: `inProgress` or "loopt" → "loopt".
  define('workStatus', ([value]) => vocabularyLabel(WORK_STATUSES, value, lang, true));
  define('documentStatus', ([value]) => vocabularyLabel(DOCUMENT_STATUSES, value, lang, false));
  define('preconditionStatus', ([value]) => vocabularyLabel(PRECONDITION_STATUSES, value ?? 'open', lang, true));
  define('roleGroups', ([roles]) => roleGroups(roles, lang));
  define('roleName', ([role]) => roleName(role, lang));
  define('holderLine', ([holder], options) => holderLine(holder, rootOf(options)));
  define('contactLine', ([holder]) => contactLine(holder));
  define('organisationName', ([id], options) => organisationName(rootOf(options), id));
  define('fmtNumber', ([value]) => formatNumber(value, lang));
  define('fmtShare', ([value]) => formatShare(value, lang));
  define('measureLine', ([measure, unit]) => measureLine(measure, unit, lang));
  define('perYearLine', ([perYear]) => perYearLine(perYear, lang));
  define('reviewNext', ([review]) => reviewNext(review, lang));
  // The fields of a document of a kind without templates of its own, prepared for the generic templates.
  define('genericSections', (_args, options) => genericSections(rootOf(options), definition, lang));
  // Indents a block by n spaces (nested Markdown lists and multi-paragraph list items).
  define('indent', ([width], options, self) => {
    const pad = ' '.repeat(Number(width ?? 2));
    const body = options.fn ? options.fn(self) : '';
    return body
      .split('\n')
      .map((line) => (line.trim() === '' ? '' : `${pad}${line}`))
      .join('\n');
  });
  return helpers;
}
