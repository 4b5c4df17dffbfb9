import type { KindDefinition } from '../model/kinds.js';
import type { KindRegistry } from '../model/registry.js';
import { BUILTIN_REGISTRY } from '../model/registry.js';
import { toRenderData } from './data.js';
import { RENDER_FORMATS, templateSet, type RenderFormat } from './environment.js';
import { RENDER_MESSAGES, RenderError, UnknownKindError } from './errors.js';
import { createHelpers } from './helpers.js';
import { renderLang, type RenderLang } from './labels.js';
import { escapeMarkdown } from './text/escape.js';
import { tidyHtml, tidyText } from './text/tidy.js';

export { RENDER_FORMATS, BUILTIN_TEMPLATES, type RenderFormat } from './environment.js';
export {
  RenderError,
  UnknownKindError,
  TemplateError,
  TemplateNotFoundError,
  ChromiumNotFoundError,
  PdfError,
} from './errors.js';
export type { RenderLang } from './labels.js';

/**
 * Chart data for the `timeline` partial, built by the time model. The built-in partial renders
 * nothing until a chart is given; its shape is the time model's to define.
 */
export type TimelineChart = Readonly<Record<string, unknown>>;

export interface RenderOptions {
  readonly format: RenderFormat;
  /**
   * `--template PATH`: a .hbs file that replaces the document template, or a folder whose
   * partials (`name.hbs`, `name.<format>.hbs`, `<format>/name.hbs`, and the same in a `<kind>/`
   * subfolder such as `execution-agenda/`) override the built-in ones by name.
   */
  readonly template?: string;
  /** Language of the labels; defaults to the document's `language`, then Dutch. */
  readonly lang?: RenderLang;
  /** Chart data for the `timeline` slot (available to templates as `@timeline`). */
  readonly timeline?: TimelineChart;
  /** The kinds of the run: agendum's own and those the repository registers. */
  readonly kinds?: KindRegistry;
}

/** What agendum knows about a kind, or an error naming the kinds it knows. */
export function kindDefinition(kind: string, kinds: KindRegistry = BUILTIN_REGISTRY): KindDefinition {
  const definition = kinds.get(kind);
  if (!definition) throw new UnknownKindError(kind, kinds.names);
  return definition;
}

/**
 * Renders a parsed document (plain data, e.g. from `yaml`'s `parse`) of a kind to Markdown or
 * HTML through the kind's Handlebars templates. Pure apart from reading the templates: the same
 * document, options and templates give the same bytes.
 */
export function renderDocument(document: unknown, kind: string, options: RenderOptions): string {
  const definition = kindDefinition(kind, options.kinds);
  const format = options.format;
  if (!RENDER_FORMATS.includes(format)) {
    throw new RenderError(RENDER_MESSAGES.text('unknownFormat', { format: String(format) }), RENDER_MESSAGES.text('formats', { formats: RENDER_FORMATS.join(', ') }));
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new RenderError(RENDER_MESSAGES.text('notMapping'));
  }
  const lang = renderLang(options.lang, (document as { language?: unknown }).language);
  const templates = templateSet(definition.templateFolder, format, options.template, definition.templates);
  const context = toRenderData(document, format === 'md' ? escapeMarkdown : (text) => text);
  const output = templates.document(context, {
    helpers: createHelpers({ format, lang, definition }),
    partials: templates.partials,
    data: { lang, kind, format, timeline: options.timeline },
  });
  return format === 'html' ? tidyHtml(output) : tidyText(output);
}
