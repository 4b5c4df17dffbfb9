import { describe, expect, it } from 'vitest';
import { catalogueIn } from '../../src/i18n/catalogue.js';
import { runBinary } from '../support/cli.js';

// With --lang nl every word agendum prints is Dutch. Each command runs through the built binary
// on the seeds, the examples and the broken fixtures, in every format; what it prints, less
// what it quotes from the documents (quoted text, paths, codes, field names), must hold no English:
// no English message of the catalogue and none of a list of English words.

const DOCUMENTS = ['agendas', 'examples', 'test/fixtures/invalid', 'test/fixtures/warning'];
const OLD = 'examples/agendas-regio/meerjarenagenda-steunpunt-wijkteams-2017-2020.agenda.yaml';
const NEW = 'examples/agendas-regio/meerjarenagenda-steunpunt-wijkteams-2021-2024.agenda.yaml';
const TODAY = ['--today', '2024-06-30'];

/** English words that no Dutch sentence holds (matched as whole words, case-insensitively). */
const ENGLISH_WORDS = [
  'the', 'must', 'is not', 'are', 'should', 'cannot', 'does not', 'error', 'errors', 'warning', 'warnings', 'hint', 'usage', 'options',
  'arguments', 'commands', 'examples', 'display', 'help for', 'file', 'files', 'checked', 'problems', 'missing', 'unknown', 'invalid',
  'would be', 'with', 'without', 'which', 'this', 'these', 'there', 'where', 'when', 'from', 'into', 'only', 'than', 'and', 'or', 'not',
  'to', 'at', 'it', 'its', 'one', 'more', 'expected', 'allowed', 'required', 'property', 'value', 'did you mean', 'wrote', 'created',
  'formatted', 'migrated', 'nothing', 'level', 'change', 'changes', 'where', 'what', 'breaking', 'approval', 'needs',
];

/** The English messages of the catalogue whose words differ from the Dutch: their literal parts of some length. */
function englishMessages(): string[] {
  const en = catalogueIn('en');
  const nl = catalogueIn('nl');
  const dutch = [...nl.values()].join('\n');
  const parts = new Set<string>();
  for (const [id, english] of en) {
    if (english === nl.get(id)) continue;
    for (const part of english.split(/\{\w+\}/)) {
      const trimmed = part.trim();
      if (trimmed.length >= 14 && /[a-z] [a-z]/i.test(trimmed) && !dutch.includes(trimmed)) parts.add(trimmed);
    }
  }
  return [...parts];
}

/**
 * What agendum itself says: the output less what it quotes from the documents and the names
 * it must keep as they are (quoted text, paths, rule codes, field paths, option names, the
 * literal values of options and YAML).
 */
export function ownWords(text: string): string {
  return text
    // Lines quoted from the documents (code frames), with the carets under them.
    .replace(/^ *\d+ \|.*$/gm, ' ')
    .replace(/^ *\| *\^+.*$/gm, ' ')
    .replace(/\b(?:agendas|examples)\b/g, ' ')
    .replace(/"[^"\n]*"|'[^'\n]*'|“[^”\n]*”|`[^`\n]*`/g, ' ')
    .replace(/^::(?:error|warning|notice) [^:]*::/gm, '')
    .replace(/<\/?[a-z]+[^>]*>/g, ' ')
    .replace(/--?[a-z][a-z-]*/g, ' ')
    .replace(/\S*[/.\\_[\]]\S*/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ')
    .replace(/[│┃|]/g, ' ');
}

/** The English a piece of output holds, as a list of findings (empty when it holds none). */
export function englishIn(text: string, messages: readonly string[] = englishMessages()): string[] {
  const found: string[] = [];
  for (const message of messages) if (text.includes(message)) found.push(`message: ${message}`);
  const own = ownWords(text);
  for (const word of ENGLISH_WORDS) {
    const match = new RegExp(`(?:^|[^\\p{L}])(${word.replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu').exec(own);
    if (match) found.push(`word "${word}" in …${own.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

/** What a JSON report says in words: the messages and hints of its findings. */
function jsonWords(stdout: string): string {
  const report = JSON.parse(stdout) as { diagnostics: { message: string; hint?: string; related?: { message: string }[] }[] };
  return report.diagnostics.flatMap((d) => [d.message, d.hint ?? '', ...(d.related ?? []).map((r) => r.message)]).join('\n');
}

const CASES: { name: string; args: string[]; json?: boolean }[] = [
  ...['pretty', 'markdown', 'junit', 'github'].flatMap((format) => [
    { name: `check --format ${format}`, args: ['check', ...DOCUMENTS, '--format', format, ...TODAY, '--no-cache'] },
  ]),
  { name: 'check --format json', args: ['check', ...DOCUMENTS, '--format', 'json', ...TODAY, '--no-cache'], json: true },
  { name: 'validate', args: ['validate', ...DOCUMENTS, '--no-cache', '--verbose'] },
  { name: 'timeline', args: ['timeline', 'agendas', 'examples', ...TODAY, '--no-cache'] },
  { name: 'diff pretty', args: ['diff', OLD, NEW] },
  { name: 'diff markdown', args: ['diff', OLD, NEW, '--format', 'markdown'] },
  { name: 'diff of a broken file', args: ['diff', 'test/fixtures/invalid/syntax-error.yaml', NEW] },
  { name: 'render of a broken file', args: ['render', 'test/fixtures/invalid/missing-title.yaml', '--format', 'md'] },
  { name: 'fmt --check', args: ['fmt', '--check', 'test/fixtures/invalid', 'test/fixtures/migrate'] },
  { name: 'migrate --check', args: ['migrate', '--check', 'test/fixtures/migrate'] },
  { name: 'new', args: ['new', 'ProjectPlan', '--stdout'] },
  { name: 'new with an unknown kind', args: ['new', 'Projectplan'] },
  { name: 'schema with an unknown kind', args: ['schema', 'Projectplan'] },
  { name: 'completion of an unknown shell', args: ['completion', 'fish'] },
  { name: 'preview of a missing file', args: ['preview', 'agendas/bestaat-niet.yaml'] },
  { name: 'validate of a missing path', args: ['validate', 'bestaat-niet'] },
  { name: 'an unknown option', args: ['check', '--frobnicate'] },
  { name: 'an unknown format', args: ['check', '--format', 'xml'] },
  { name: 'a missing argument', args: ['render'] },
  { name: 'progress', args: ['progress', 'test/fixtures/monitor', '--today', '2026-05-20'] },
  { name: 'progress --format md', args: ['progress', 'test/fixtures/monitor', '--today', '2026-05-20', '--format', 'md'] },
  { name: 'progress with a window it cannot read', args: ['progress', 'test/fixtures/monitor', '--within', 'soon'] },
  { name: 'export with an unknown format', args: ['export', 'test/fixtures/monitor', '--format', 'xls'] },
  { name: 'log with an unknown format', args: ['log', OLD, '--format', 'xml'] },
  { name: 'help', args: ['--help'] },
  ...['validate', 'timeline', 'check', 'diff', 'log', 'render', 'progress', 'export', 'site', 'init', 'new', 'fmt', 'migrate', 'schema', 'preview', 'completion'].map((command) => ({ name: `${command} --help`, args: [command, '--help'] })),
];

describe('Dutch output', () => {
  const messages = englishMessages();

  it('the check finds English: a sentence of the catalogue and English words', () => {
    expect(messages.length).toBeGreaterThan(100);
    expect(englishIn('a.yaml:1:1 fout schema/required missing required property "title"', messages).length).toBeGreaterThan(0);
    expect(englishIn('2 errors, 1 warning in 3 files', messages).length).toBeGreaterThan(0);
    expect(englishIn('Usage: agendum fmt [opties]', messages)).not.toEqual([]);
    expect(englishIn('a.yaml:1:1 fout schema/required verplicht veld "title" ontbreekt', messages)).toEqual([]);
    expect(englishIn('2 fouten, 1 waarschuwing in 3 bestanden', messages)).toEqual([]);
  });

  for (const c of CASES) {
    it(`${c.name}: no English`, async () => {
      const run = await runBinary([...c.args, '--lang', 'nl']);
      const printed = c.json ? `${jsonWords(run.stdout)}\n${run.stderr}` : `${run.stdout}\n${run.stderr}`;
      expect(printed.trim().length, 'prints something').toBeGreaterThan(0);
      expect(englishIn(printed, messages)).toEqual([]);
    }, 120_000);
  }
});
