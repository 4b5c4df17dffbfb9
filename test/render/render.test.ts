import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { word } from '../../src/i18n/catalogue.js';
import { compileFile } from '../../src/render/environment.js';
import {
  BUILTIN_TEMPLATES,
  RenderError,
  TemplateError,
  TemplateNotFoundError,
  UnknownKindError,
  renderDocument,
  kindDefinition,
} from '../../src/render/index.js';
import { htmlToText } from './support/html-text.js';
import { SEEDS, agendaData } from './support/seeds.js';

const scratch = mkdtempSync(join(tmpdir(), 'agendum-render-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder of user templates: file name → content. */
function templateFolderWith(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const execution = SEEDS[1];
const executionData = agendaData(execution) as Record<string, unknown>;

/** A small execution agenda to play with. */
function smallAgenda(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 3,
    kind: 'ExecutionAgenda',
    id: 'klein',
    title: 'Kleine agenda',
    period: '2020 t/m 2023',
    actionLines: [
      {
        id: 'lijn',
        title: 'Actielijn 1: Eerder in beeld',
        themes: [
          {
            id: 'thema',
            title: 'Plegeraanpak',
            approach: ['We ontwikkelen een *laagdrempelige* plegeraanpak.'],
            regionalActions: [{ id: 'actie', text: 'Continueer de daderopvang', period: 'Doorlopend' }],
            funding: [{ amount: { value: 88087, currency: 'EUR' }, purpose: 'Project Moviera', connector: 'vanuit', source: 'projectsubsidie GHNT' }],
          },
        ],
      },
    ],
    ...overrides,
  };
}

describe('renderDocument', () => {
  for (const seed of SEEDS) {
    it(`renders ${seed.kind} as a complete HTML page and as Markdown`, () => {
      const data = agendaData(seed);
      const html = renderDocument(data, seed.kind, { format: 'html' });
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
      expect(html.trimEnd()).toMatch(/<\/html>$/);
      expect(html).toContain('<nav class="toc"');
      expect(html).toContain('<header class="cover">');
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
      const markdown = renderDocument(data, seed.kind, { format: 'md' });
      expect(markdown).toMatch(/^(\*[^\n]+\*\n\n)?# \S/);
      expect(markdown).toContain('## Inhoud');
      expect(markdown.endsWith('\n')).toBe(true);
      expect(markdown).not.toMatch(/\n{3,}/);
    });
  }

  it('prints the headings of the fields (the YAML leaves them to the render)', () => {
    const markdown = renderDocument(executionData, 'ExecutionAgenda', { format: 'md' });
    for (const heading of ['Onze uitgangspunten', 'Zo doen we dat', 'Ambassadeur', 'Kernpartners', 'Regionale actie', 'Jaar', 'Lokale actie', 'Financiering', 'Toelichting', 'Opdrachtgever', 'Colofon']) {
      expect(markdown).toContain(heading);
    }
  });

  it('writes money, periods and people the Dutch way', () => {
    const markdown = renderDocument(executionData, 'ExecutionAgenda', { format: 'md' });
    expect(markdown).toContain('*Handle with care*: € 45.000 projectsubsidie GHNT');
    expect(markdown).toContain("€ 88.087 Project Moviera 'Laagdrempelige hulp aan plegers' vanuit projectsubsidie GHNT");
    expect(markdown).toContain('| Pilots in 2020; Regionale uitrol 2021 en verder |');
    expect(markdown).toContain('| Projectduur 2019 t/m 2020 |');
    expect(markdown).toContain('- Wethouder G. van den Berg (Nunspeet)');
  });

  it('is deterministic: the same input gives the same bytes, whatever the time zone', () => {
    const original = process.env.TZ;
    try {
      for (const seed of SEEDS) {
        const data = agendaData(seed);
        for (const format of ['md', 'html'] as const) {
          process.env.TZ = 'UTC';
          const first = renderDocument(data, seed.kind, { format });
          process.env.TZ = 'Pacific/Kiritimati';
          const second = renderDocument(agendaData(seed), seed.kind, { format });
          expect(second).toBe(first);
        }
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(renderDocument({ ...smallAgenda(), colophon: { date: '2020-05-01' } }, 'ExecutionAgenda', { format: 'md' })).toContain('1 mei 2020');
  });

  it('renders labels in the document’s language, or the one asked for', () => {
    const english = renderDocument(smallAgenda({ language: 'en' }), 'ExecutionAgenda', { format: 'html' });
    expect(english).toMatch(/<html lang="en">/);
    expect(english).toContain('How we do it');
    expect(english).toContain('Contents');
    expect(english).toContain('€88,087');
    const dutch = renderDocument(smallAgenda({ language: 'en' }), 'ExecutionAgenda', { format: 'html', lang: 'nl' });
    expect(dutch).toMatch(/<html lang="nl">/);
    expect(dutch).toContain('Zo doen we dat');
  });

  it('gives the <title> and the running header the title without markup', () => {
    const html = renderDocument(smallAgenda({ title: 'Project *Sneller thuis*' }), 'ExecutionAgenda', { format: 'html' });
    expect(html).toContain('<title>Project Sneller thuis</title>');
    expect(html).toContain('@counter-style agendum-running { system: cyclic; symbols: "Project Sneller thuis"; }');
    expect(html).toContain('<h1 class="title">Project <em>Sneller thuis</em></h1>');
  });

  it('turns the writer’s emphasis into <em> in HTML and keeps it in Markdown', () => {
    expect(renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'html' })).toContain('We ontwikkelen een <em>laagdrempelige</em> plegeraanpak.');
    expect(renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md' })).toContain('- We ontwikkelen een *laagdrempelige* plegeraanpak.');
  });

  it('rejects an unknown kind, format or a document that is not a mapping, with errors the CLI maps to exit 2', () => {
    expect(() => renderDocument(smallAgenda(), 'Roadmap', { format: 'md' })).toThrow(UnknownKindError);
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'docx' as 'md' })).toThrow(RenderError);
    expect(() => renderDocument(['x'], 'ExecutionAgenda', { format: 'md' })).toThrow(RenderError);
    try {
      renderDocument(smallAgenda(), 'Roadmap', { format: 'md' });
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect(word((error as UsageError).hint!, 'en')).toContain('ExecutionAgenda');
    }
  });

  it('has a template folder per kind', () => {
    expect(SEEDS.map((seed) => kindDefinition(seed.kind).templateFolder)).toEqual(['development-agenda', 'execution-agenda', 'project-plan', 'arrangement']);
  });

  it('compiles each template file once per process', () => {
    const file = join(BUILTIN_TEMPLATES, 'shared', 'html', 'paragraphs.hbs');
    expect(compileFile(file, 'html')).toBe(compileFile(file, 'html'));
  });
});

describe('the printable HTML', () => {
  const html = renderDocument(executionData, 'ExecutionAgenda', { format: 'html' });

  it('is one self-contained file: inline CSS, no scripts, no external resources', () => {
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import/i);
    // The only url() is the typeface, inline as data.
    const urls = [...html.matchAll(/url\(([^)]*)\)/gi)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^data:font\/woff2;base64,[A-Za-z0-9+/]+=*$/);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
  });

  it('prints on A4 with page numbers, a title page, a table of contents and no awkward breaks', () => {
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(html).toMatch(/@bottom-center \{\s*content: counter\(page\);/);
    expect(html).toMatch(/\.cover \{[^}]*break-after: page;/);
    expect(html).toMatch(/\.toc \{[^}]*break-after: page;/);
    expect(html).toMatch(/h1, h2, h3, h4 \{[^}]*break-after: avoid;/);
    expect(html).toMatch(/tr, \.action \{[^}]*break-inside: avoid;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    // The running header is the title until the PDF is made, which names each page's chapter.
    expect(html).toContain('@counter-style agendum-running { system: cyclic; symbols: "Samen tegen huiselijk geweld"; }');
    expect(html).toContain('@page { @top-right { content: counter(page, agendum-running); } @bottom-center { content: "pagina" " " counter(page) " " "van" " " counter(pages); } }');
  });

  it('links the table of contents to anchors that exist', () => {
    const targets = [...html.matchAll(/<a href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) expect(html, target).toContain(`id="${target}"`);
  });

  it('has a timeline slot that prints nothing without chart data', () => {
    const withoutChart = renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'html' });
    expect(withoutChart).not.toMatch(/<figure class="timeline"|tijdlijn/i);
    expect(renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'html', timeline: { rows: [] } })).toBe(withoutChart);
    const dir = templateFolderWith('timeline-slot', { 'timeline.html.hbs': '{{#if @timeline}}<figure class="timeline">{{@timeline.caption}}</figure>{{/if}}' });
    expect(renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'html', template: dir })).not.toContain('<figure');
    expect(renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'html', template: dir, timeline: { caption: 'Acties 2020–2023' } })).toContain(
      '<figure class="timeline">Acties 2020–2023</figure>',
    );
  });
});

describe('user text is escaped', () => {
  const hostile = smallAgenda({
    title: '<script>window.__pwned=1</script>',
    subtitle: '<img src=x onerror="window.__pwned=2">',
    introduction: ['# Geen kop', '> geen citaat', '1. geen lijst', 'a | b', '[klik](javascript:alert(1)) <a href="javascript:alert(1)">x</a> &lt;b&gt;'],
    links: { related: [{ title: 'Regiovisie', url: 'javascript:window.__pwned=3' }, { title: 'Rapport', url: 'https://example.org/rapport?a=1&b=2' }] },
    actionLines: [
      {
        id: 'lijn',
        title: 'Actielijn | 1',
        themes: [{ id: 'thema', title: '</h3><script>x</script>', regionalActions: [{ id: 'a', text: 'Maak | breek de tabel\n\n# niet', period: '2020 | 2021' }] }],
      },
    ],
  });

  it('in HTML: no element, attribute or link comes from the document', () => {
    const html = renderDocument(hostile, 'ExecutionAgenda', { format: 'html' });
    expect(html).not.toMatch(/<script|<img|onerror=|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt;');
    expect(html).toContain('<a href="https://example.org/rapport?a&#x3D;1&amp;b&#x3D;2">');
    expect(html).toContain('Regiovisie <span class="meta url">javascript:window.__pwned&#x3D;3</span>');
    expect(html).toContain('symbols: "\\3c script\\3e window.__pwned=1\\3c /script\\3e ";');
    const text = htmlToText(html);
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('[klik](javascript:alert(1)) <a href="javascript:alert(1)">x</a> &lt;b&gt;');
  });

  it('in Markdown: no structure, HTML or link comes from the document', () => {
    const markdown = renderDocument(hostile, 'ExecutionAgenda', { format: 'md' });
    expect(markdown).toContain('# \\<script>window.__pwned=1\\</script>\n');
    expect(markdown).toContain('\n\\# Geen kop\n');
    expect(markdown).toContain('\n\\> geen citaat\n');
    expect(markdown).toContain('\n1\\. geen lijst\n');
    expect(markdown).toContain('\na \\| b\n');
    expect(markdown).toContain('\\[klik\\](javascript:alert(1)) \\<a href="javascript:alert(1)">x\\</a> \\&lt;b\\&gt;');
    expect(markdown).toContain('## Actielijn \\| 1');
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:|<javascript:|(?<!\\)<script/);
    expect(markdown).toContain('<https://example.org/rapport?a=1&b=2>');
    const row = markdown.split('\n').find((line) => line.startsWith('| Maak'));
    expect(row).toBe('| Maak \\| breek de tabel # niet | 2020 \\| 2021 |');
    expect(row!.split(/(?<!\\)\|/).length - 2).toBe(2);
  });

  it('holds for every field of every seed: a <script> anywhere never becomes a tag', () => {
    const payload = '<script>window.__pwned=1</script><img src=x onerror=alert(1)>';
    // Every string but the codes the schemas restrict to a fixed set (kind, type, status, …).
    const codes = new Set(['kind', 'language', 'type', 'status', 'change', 'setting', 'partsSchedule', 'durationPlacement', 'currency']);
    const poison = (value: unknown): unknown =>
      typeof value === 'string'
        ? `${value}${payload}`
        : Array.isArray(value)
          ? value.map(poison)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([key, child]) => [key, codes.has(key) ? child : poison(child)]))
            : value;
    for (const seed of SEEDS) {
      const data = poison(agendaData(seed));
      const html = renderDocument(data, seed.kind, { format: 'html' });
      expect(html).not.toMatch(/<script|<img/i);
      expect(html.replace(/<style>[\s\S]*<\/style>/, '')).not.toMatch(/onerror=/i);
      expect(html.split('&lt;script&gt;').length).toBeGreaterThan(50);
      const markdown = renderDocument(data, seed.kind, { format: 'md' });
      expect(markdown).not.toMatch(/(?<!\\)<(script|img)/i);
    }
  });

  it('never compiles document text as a template', () => {
    const data = smallAgenda({ title: '{{#each this}}{{/each}}{{> layout}}', introduction: ['{{constructor.constructor}}'] });
    expect(renderDocument(data, 'ExecutionAgenda', { format: 'md' })).toContain('# {{#each this}}{{/each}}{{> layout}}');
    expect(renderDocument(data, 'ExecutionAgenda', { format: 'html' })).toContain('{{constructor.constructor}}');
  });

  it('keeps keys such as __proto__ as plain data and gives templates no prototype access', () => {
    const data = JSON.parse('{"schemaVersion":1,"kind":"ExecutionAgenda","id":"x","title":"T","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const dir = templateFolderWith('prototype', { 'document.md.hbs': '[{{lookup title "constructor"}}][{{lookup this "__proto__"}}][{{polluted}}]' });
    expect(() => renderDocument(data, 'ExecutionAgenda', { format: 'md', template: dir })).toThrow(/"polluted" is not defined/);
    const dir2 = templateFolderWith('prototype2', { 'document.md.hbs': '[{{lookup title "constructor"}}]' });
    expect(renderDocument(data, 'ExecutionAgenda', { format: 'md', template: dir2 })).toBe('[]\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a template reaches no prototype, and Handlebars logs nothing about it', () => {
    const reaches = [
      '{{constructor}}',
      '{{hasOwnProperty}}',
      '{{__defineGetter__}}',
      '{{lookup this "constructor"}}',
      '{{lookup (lookup this "constructor") "constructor"}}',
      '{{#with constructor}}{{name}}{{/with}}',
      '{{@root.constructor}}',
      '{{lookup title "constructor"}}',
      '{{#each actionLines}}{{constructor}}{{lookup this "__proto__"}}{{/each}}',
      '{{#with (lookup this "__proto__")}}{{toString}}{{/with}}',
    ];
    const logged: unknown[] = [];
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) => vi.spyOn(console, method).mockImplementation((...args) => void logged.push(args)));
    try {
      for (const [index, template] of reaches.entries()) {
        const dir = templateFolderWith(`reach-${index}`, { 'document.md.hbs': `[${template}]` });
        expect(renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: dir }), template).toBe('[]\n');
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(logged).toEqual([]);
  });
});

describe('--template: user templates', () => {
  it('override built-in partials by name; a kind folder overrides a general one', () => {
    const dir = templateFolderWith('override', {
      'theme.html.hbs': '<section class="my-theme">{{prose title}}</section>\n',
      'html/cover.hbs': '<header class="my-cover">{{title}}</header>\n',
      'execution-agenda/html/cover.hbs': '<header class="my-kind-cover">{{title}}</header>\n',
      'colophon.hbs': '{{!-- any format --}}<p>colofon van de gemeente</p>\n',
      'notes.txt': 'not a template',
    });
    const html = renderDocument(smallAgenda({ colophon: { statement: 'x' } }), 'ExecutionAgenda', { format: 'html', template: dir });
    expect(html).toContain('<section class="my-theme">Plegeraanpak</section>');
    expect(html).toContain('<header class="my-kind-cover">Kleine agenda</header>');
    expect(html).not.toContain('my-cover"');
    expect(html).toContain('<p>colofon van de gemeente</p>');
    expect(html).toContain('<nav class="toc"');
    const markdown = renderDocument(smallAgenda({ colophon: { statement: 'x' } }), 'ExecutionAgenda', { format: 'md', template: dir });
    expect(markdown).toContain('colofon van de gemeente');
    expect(markdown).not.toContain('my-theme');
  });

  it('a single file replaces the document template and may use the built-in partials', () => {
    const file = join(templateFolderWith('single', { 'rapport.hbs': '# {{prose title}}\n\n{{#each actionLines}}{{> action-line}}{{/each}}' }), 'rapport.hbs');
    const markdown = renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: file });
    expect(markdown).toMatch(/^# Kleine agenda\n\n## Actielijn 1: Eerder in beeld\n/);
    expect(markdown).not.toContain('## Inhoud');
  });

  it('a syntax error names the file and line', () => {
    const dir = templateFolderWith('syntax', { 'theme.html.hbs': '<section>\n{{#if title}}\n{{prose title}\n{{/if}}\n</section>\n' });
    try {
      renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'html', template: dir });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      const failure = error as TemplateError;
      expect(failure.file).toBe(join(dir, 'theme.html.hbs'));
      expect(failure.line).toBe(3);
      expect(failure.message).toMatch(/^template error in .*theme\.html\.hbs:3: syntax error near "\.\.\.itle}}{{prose title}{{\/if}}<\/section>": expected 'CLOSE_RAW_BLOCK', .*, got 'INVALID'$/);
      expect(word(failure.text, 'nl')).toMatch(/^fout in sjabloon .*theme\.html\.hbs:3: syntaxfout bij "\.\.\.itle}}{{prose title}{{\/if}}<\/section>": verwacht 'CLOSE_RAW_BLOCK', .*, maar gevonden 'INVALID'$/);
    }
  });

  it('a field that is not there fails under strict mode, naming the file, line and column', () => {
    const dir = templateFolderWith('strict', { 'theme.html.hbs': '<section>\n  <p>{{subtitle}}</p>\n</section>\n' });
    try {
      renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'html', template: dir });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      const failure = error as TemplateError;
      expect([failure.file, failure.line, failure.column]).toEqual([join(dir, 'theme.html.hbs'), 2, 8]);
      expect(failure.message).toContain('"subtitle" is not defined');
      expect(word(failure.hint!, 'en')).toMatch(/#if/);
    }
  });

  it('a helper without its value fails too, naming the line; guarded fields are fine', () => {
    const dir = templateFolderWith('helper', { 'theme.md.hbs': '### {{prose title}}\n\n{{prose subtitle}}\n' });
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: dir })).toThrow(/theme\.md\.hbs:3:1: prose: the text is missing/);
    const guarded = templateFolderWith('guarded', { 'theme.md.hbs': '### {{prose title}}\n\n{{#if subtitle}}{{prose subtitle}}{{/if}}\n' });
    expect(renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: guarded })).toContain('### Plegeraanpak');
  });

  it('an unknown partial or helper names the file', () => {
    const partial = templateFolderWith('partial', { 'document.md.hbs': '{{> nope}}' });
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: partial })).toThrow(/document\.md\.hbs:1:1: unknown partial "nope"$/);
    const nested = templateFolderWith('partial-nested', { 'document.md.hbs': '# {{title}}\n\n{{#each actionLines}}\n  {{> lijn}}\n{{/each}}\n' });
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: nested })).toThrow(/document\.md\.hbs:4:3: unknown partial "lijn"$/);
    const helper = templateFolderWith('unknown-helper', { 'document.md.hbs': '\n{{shout title}}' });
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: helper })).toThrow(/document\.md\.hbs:2:3: unknown helper "shout"$/);
  });

  it('a path into a text and a block closed by the wrong name name the line too', () => {
    const text = templateFolderWith('into-text', { 'document.md.hbs': '# {{title}}\n\n{{title.length}}\n' });
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: text })).toThrow(/document\.md\.hbs:3:3: "title\.length": "length" is not a field of the text "Kleine agenda"$/);
    const mismatch = templateFolderWith('mismatch', { 'document.md.hbs': '# {{title}}\n{{#if subtitle}}\nx\n{{/unless}}\n' });
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: mismatch })).toThrow(/document\.md\.hbs:2:4: syntax error: if doesn't match unless$/);
  });

  it('a path that is not there, or a folder without templates, is a clear error', () => {
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: join(scratch, 'missing') })).toThrow(TemplateNotFoundError);
    const empty = templateFolderWith('empty', { 'README.txt': 'x' });
    expect(() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: empty })).toThrow(TemplateNotFoundError);
    try {
      renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: empty });
    } catch (error) {
      expect(word((error as TemplateNotFoundError).hint!, 'en')).toMatch(/no templates for md/);
      expect(word((error as TemplateNotFoundError).hint!, 'nl')).toMatch(/geen sjablonen voor md/);
    }
  });

  it('words every failure of a template in Dutch and English, the template reader\'s grammar kept as data', () => {
    /** What a template fails with, as the command line words it in each language (the folder left out). */
    const failure = (name: string, template: string) => {
      const dir = templateFolderWith(name, { 'document.md.hbs': template });
      try {
        renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: dir });
      } catch (error) {
        const { text, hint } = error as UsageError;
        const words = (lang: 'en' | 'nl') => `${word(text, lang)}${hint ? ` | ${word(hint, lang)}` : ''}`.replaceAll(`${dir}/`, '');
        return { en: words('en'), nl: words('nl') };
      }
      throw new Error(`${name} rendered`);
    };
    expect(failure('nl-helper', '\n{{shout title}}')).toEqual({
      en: 'template error in document.md.hbs:2:3: unknown helper "shout" | The helpers are listed in templates/README.md.',
      nl: 'fout in sjabloon document.md.hbs:2:3: onbekende helper "shout" | De helpers staan in templates/README.md.',
    });
    expect(failure('nl-partial', '{{> nope}}').nl).toBe(
      'fout in sjabloon document.md.hbs:1:1: onbekend deelsjabloon "nope" | Een deelsjabloon is een sjabloonbestand met die naam (naam.hbs) bij de ingebouwde sjablonen of in de map van --template.',
    );
    expect(failure('nl-field', '{{subtitle}}').nl).toBe('fout in sjabloon document.md.hbs:1:3: "subtitle" bestaat hier niet | een sjabloon moet optionele velden afschermen met {{#if veld}} of {{#with veld}}');
    expect(failure('nl-text', '\n{{title.length}}').nl).toMatch(/^fout in sjabloon document\.md\.hbs:2:3: "title\.length": "length" is geen veld van de tekst "Kleine agenda" \| /);
    expect(failure('nl-through', '# {{title}}\n{{prose nothing.here}}\n')).toEqual({
      en: expect.stringMatching(/^template error in document\.md\.hbs:2:9: "nothing\.here": "here" is read from a field that is not there \| /) as unknown as string,
      nl: expect.stringMatching(/^fout in sjabloon document\.md\.hbs:2:9: "nothing\.here": "here" wordt gelezen uit een veld dat er niet is \| /) as unknown as string,
    });
    expect(failure('nl-missing', '{{prose subtitle}}').nl).toMatch(/^fout in sjabloon document\.md\.hbs:1:1: prose: de tekst ontbreekt \(scherm optionele velden af met {{#if}}\) \| /);
    expect(failure('nl-label', '{{fieldLabel "zork"}}').nl).toMatch(/^fout in sjabloon document\.md\.hbs:1:1: fieldLabel: ExecutionAgenda heeft geen label voor "zork"/);
    expect(failure('nl-mismatch', '{{#if subtitle}}\nx\n{{/unless}}\n')).toEqual({
      en: "template error in document.md.hbs:1:4: syntax error: if doesn't match unless",
      nl: 'fout in sjabloon document.md.hbs:1:4: syntaxfout: blok "if" wordt gesloten als "unless"',
    });
    expect(failure('nl-open', '{{#if subtitle}}x\n')).toEqual({
      en: "template error in document.md.hbs:2: syntax error near \"{{#if subtitle}}x\": the template ends too early; expected 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK'",
      nl: "fout in sjabloon document.md.hbs:2: syntaxfout bij \"{{#if subtitle}}x\": het sjabloon houdt te vroeg op; verwacht 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK'",
    });
    expect(failure('nl-lexical', '{{title \\ }}').nl).toMatch(/^fout in sjabloon document\.md\.hbs:1: syntaxfout bij ".*": (tekst die geen sjabloonsyntaxis is|verwacht .*, maar gevonden '.*')$/);
    const missing = join(scratch, 'nl-missing-folder');
    try {
      renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'md', template: missing });
    } catch (error) {
      expect(word((error as UsageError).text, 'nl')).toBe(`sjabloon niet gevonden: ${missing}`);
      expect(word((error as UsageError).hint!, 'nl')).toBe('wijs met --template een .hbs-bestand aan, of een map met .hbs-deelsjablonen');
    }
    for (const [call, nl] of [
      [() => renderDocument(smallAgenda(), 'Roadmap', { format: 'md' }), 'een document van soort "Roadmap" is niet op te maken'],
      [() => renderDocument(smallAgenda(), 'ExecutionAgenda', { format: 'docx' as 'md' }), 'opmaken als "docx" kan niet'],
      [() => renderDocument(['x'], 'ExecutionAgenda', { format: 'md' }), 'een document dat geen verzameling velden is, is niet op te maken'],
    ] as const) {
      expect(() => call()).toThrow(RenderError);
      try {
        call();
      } catch (error) {
        expect(word((error as UsageError).text, 'nl')).toBe(nl);
      }
    }
  });
});
