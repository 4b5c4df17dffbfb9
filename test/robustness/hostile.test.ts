import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PERMISSIONS_APPLY, runBinary, runCommands, runInProcess } from '../support/cli.js';
import { CASES, VALID, type HostileCase } from './corpus.js';

/**
 * Every case of the corpus in a process of its own with a time and a memory limit: validate,
 * check, timeline, render, diff and fmt --check one after the other in one process of the built
 * command line. Each must give its findings with file, line and column and exit 1 (0 for the file
 * that passes) — never a stack trace, an internal error, a hang or a crash. The built binary
 * itself validates the whole corpus in one run below.
 */
const LIMITS = { nodeArgs: ['--max-old-space-size=256'], timeout: 60_000 } as const;

interface Json {
  diagnostics: { file: string; line: number; column: number; severity: string; code: string; message: string }[];
  summary: { files: number; errors: number };
}

/** No internal error, no stack trace. */
function expectNoFailure(result: { stderr: string; stdout: string }, what: string): void {
  expect(result.stderr, what).not.toMatch(/internal error|^\s+at .*:\d+:\d+\)?$/m);
  expect(result.stdout, what).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
}

const loaderErrors = (c: HostileCase) => c.codes.filter((code) => /^(file|yaml)\//.test(code) && code !== 'yaml/tag-resolve-failed');

const dir = mkdtempSync(path.join(tmpdir(), 'agendum-hostile-'));
chmodSync(dir, 0o755);
mkdirSync(path.join(dir, 'corpus'));
mkdirSync(path.join(dir, 'reference'));
writeFileSync(path.join(dir, 'reference', 'valid.yaml'), VALID);
for (const c of CASES) {
  writeFileSync(path.join(dir, 'corpus', c.name), c.content());
  if (c.mode !== undefined) chmodSync(path.join(dir, 'corpus', c.name), c.mode);
}
// A folder that contains itself through a symbolic link.
mkdirSync(path.join(dir, 'corpus', 'lus'));
symlinkSync('..', path.join(dir, 'corpus', 'lus', 'terug'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('each hostile file, in every command that reads documents', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.what}`, async () => {
      const file = `corpus/${c.name}`;
      const wrapper = c.mode === 0 ? PERMISSIONS_APPLY : [];
      const exit = c.codes.length > 0 ? 1 : 0;

      // A process killed by its time or memory limit rejects: the test fails with its signal.
      const [validate, check, timeline, html, diff, fmt] = await runCommands(
        [
          ['validate', file, '--format', 'json'],
          ['check', file, '--format', 'json', '--today', '2022-01-01'],
          ['timeline', file, '--today', '2022-01-01', '--color', 'never'],
          ['render', file, '--format', 'html', '--today', '2022-01-01', '--color', 'never'],
          ['diff', 'reference/valid.yaml', file, '--format', 'json'],
          ['fmt', '--check', file],
        ],
        { cwd: dir, wrapper, ...LIMITS },
      );
      for (const result of [validate!, check!, timeline!, html!, diff!, fmt!]) expectNoFailure(result, result.argv.join(' '));

      expect(validate!.stderr, 'validate').toBe('');
      expect(validate!.code, 'validate').toBe(exit);
      const found = JSON.parse(validate!.stdout) as Json;
      expect(found.diagnostics.map((d) => d.code), 'validate').toEqual(c.codes);
      expect(found.summary.files).toBe(1);
      for (const d of found.diagnostics) {
        expect(d.file).toBe(file);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }

      expect(check!.code, 'check').toBe(exit);
      expect((JSON.parse(check!.stdout) as Json).diagnostics.map((d) => d.code), 'check').toEqual(c.codes);
      expect(timeline!.code, 'timeline').toBe(exit);
      for (const code of c.codes) expect(timeline!.stdout, 'timeline').toContain(` ${code} `);

      // A document with errors is not rendered (Markdown takes the same path up to the templates).
      expect(html!.code, 'render').toBe(exit);
      if (exit === 0) expect(html!.stdout).toMatch(/^<!DOCTYPE html>/i);
      // The findings go to standard error, since standard output would carry the document.
      for (const code of c.codes.filter((code) => code !== 'yaml/tag-resolve-failed')) expect(html!.stderr, 'render').toContain(` error ${code} `);

      // diff reads and parses both sides; what the schema says is not its business.
      const broken = loaderErrors(c);
      expect(diff!.code, 'diff').toBe(broken.length > 0 ? 1 : 0);
      expect((JSON.parse(diff!.stdout) as Json).diagnostics.map((d) => d.code), 'diff').toEqual(broken);

      // fmt leaves what it cannot read or parse alone, and says so; the rest it only checks.
      expect(fmt!.stderr, 'fmt').toBe('');
      if (broken.length > 0) {
        expect(fmt!.code, 'fmt').toBe(1);
        expect(fmt!.stdout, 'fmt').toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*\\n$`));
      } else {
        expect([0, 1], 'fmt').toContain(fmt!.code);
      }
      if (c.mode === undefined) expect(readFileSync(path.join(dir, file)).equals(Buffer.from(c.content())), 'fmt --check wrote').toBe(true);
    }, 240_000);
  }
});

describe('the whole corpus in one run', () => {
  it('gives each file its findings, checks the good one, counts every file and exits 1', async () => {
    const result = await runBinary(['validate', 'corpus', '--format', 'json'], { cwd: dir, wrapper: PERMISSIONS_APPLY, ...LIMITS });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as Json;
    // The folder that contains itself is walked once.
    expect(out.summary.files).toBe(CASES.length);
    for (const c of CASES) {
      expect(out.diagnostics.filter((d) => d.file === `corpus/${c.name}`).map((d) => d.code), c.name).toEqual(c.codes);
    }
  }, 240_000);

  it('keys named __proto__, constructor and prototype pollute no prototype', async () => {
    await runInProcess(['check', path.join(dir, 'corpus', 'prototype-keys.yaml')]);
    await runInProcess(['diff', path.join(dir, 'reference', 'valid.yaml'), path.join(dir, 'corpus', 'prototype-keys.yaml')]);
    await runInProcess(['fmt', '--check', path.join(dir, 'corpus', 'prototype-keys.yaml')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('a configuration can raise the size limit', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'agendum-big-'));
    writeFileSync(path.join(big, 'agendum.config.yaml'), 'maxFileSize: 20000000\n');
    mkdirSync(path.join(big, 'agendas'));
    writeFileSync(path.join(big, 'agendas/a.yaml'), CASES.find((c) => c.name === 'too-large.yaml')!.content());
    const out = JSON.parse((await runInProcess(['validate', '--format', 'json'], { cwd: big })).stdout) as Json;
    expect(out.diagnostics[0]!.code).toBe('schema/unknown-property');
    expect(out.diagnostics.map((d) => d.code)).not.toContain('file/too-large');
  });
});

describe('paths that are not documents, given to render and diff', () => {
  it('a folder and /dev/zero are findings (exit 1), a path that does not exist is a usage error (exit 2)', async () => {
    const results = await runCommands(
      [
        ['render', 'corpus/lus', '--format', 'md'],
        ['diff', 'reference/valid.yaml', 'corpus/lus'],
        ['render', '/dev/zero', '--format', 'md'],
        ['diff', '/dev/zero', 'reference/valid.yaml', '--format', 'json'],
        ['render', 'corpus/weg.yaml'],
        ['diff', 'reference/valid.yaml', 'corpus/weg.yaml'],
      ],
      { cwd: dir, ...LIMITS },
    );
    expect(results.map((r) => r.code)).toEqual([1, 1, 1, 1, 2, 2]);
    expect(results[0]!.stderr).toContain('corpus/lus:1:1 error file/unreadable cannot read the file (it is a folder)');
    expect(results[1]!.stdout).toContain('corpus/lus:1:1 error file/unreadable');
    expect(results[2]!.stderr).toContain('error file/too-large');
    expect(results[3]!.stdout).toContain('"code": "file/too-large"');
    expect(results[4]!.stderr).toBe('agendum: no such file: corpus/weg.yaml\n');
    expect(results[5]!.stderr).toBe('agendum: no such file: corpus/weg.yaml\n');
    for (const result of results) expectNoFailure(result, result.argv.join(' '));
  }, 120_000);
});

describe('a broken agendum.config.yaml', () => {
  const CONFIGS: { what: string; content: string | Buffer; mode?: number; error: RegExp }[] = [
    { what: 'not valid YAML', content: 'rules: [\n', error: /agendum\.config\.yaml:2:1: this line is not indented/ },
    { what: 'a key it does not know', content: 'onbekend: 1\n', error: /agendum\.config\.yaml:1:1: unknown property "onbekend"/ },
    { what: 'a value of the wrong type', content: 'maxFileSize: groot\n', error: /agendum\.config\.yaml:1:14: maxFileSize must be a whole number/ },
    { what: 'a limit below the minimum', content: 'maxFileSize: 10\n', error: /agendum\.config\.yaml:1:14: maxFileSize must be at least 1024/ },
    { what: 'a rule that does not exist', content: 'rules:\n  ref/duplicat-id: error\n', error: /agendum\.config\.yaml:2:3: unknown rule "ref\/duplicat-id"; did you mean "ref\/duplicate-id"\?/ },
    { what: 'a list instead of a mapping', content: '- a\n', error: /agendum\.config\.yaml:1:1: must be a mapping/ },
    { what: 'an alias inside its own anchor', content: 'rules: &r {a: *r}\n', error: /agendum\.config\.yaml:1:15: the alias \*r stands inside its own anchor/ },
    { what: 'an alias bomb', content: `a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array.from({ length: 10 }, () => `*a${i}`).join(', ')}]`).join('\n')}\n`, error: /agendum\.config\.yaml:\d+:\d+: the aliases/ },
    { what: 'nesting 90,000 deep', content: `rules: ${'['.repeat(90_000)}${']'.repeat(90_000)}\n`, error: /agendum\.config\.yaml:1:\d+: lists and mappings nest more than 100 levels/ },
    { what: 'a million list items', content: `rules:\n${'- a\n'.repeat(1_000_000)}`, error: /agendum\.config\.yaml:\d+:1: the file holds more than 200,000 list items/ },
    { what: 'UTF-16', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('language: nl\n', 'utf16le')]), error: /cannot read the configuration file .*agendum\.config\.yaml: the file is UTF-16/ },
    { what: 'unreadable', content: 'language: nl\n', mode: 0o000, error: /cannot read the configuration file .*agendum\.config\.yaml \(permission denied\)/ },
    { what: 'documents that do not exist', content: 'documents: [nergens]\n', error: /no such file or folder: nergens/ },
  ];

  describe.concurrent('is a usage error (exit 2) with its place, and no stack trace', () => {
    for (const config of CONFIGS) {
      it(config.what, async () => {
        const repo = mkdtempSync(path.join(tmpdir(), 'agendum-config-'));
        chmodSync(repo, 0o755);
        mkdirSync(path.join(repo, 'agendas'));
        writeFileSync(path.join(repo, 'agendas', 'a.yaml'), VALID);
        writeFileSync(path.join(repo, 'agendum.config.yaml'), config.content);
        if (config.mode !== undefined) chmodSync(path.join(repo, 'agendum.config.yaml'), config.mode);
        // Every command reads the configuration with the same loader; one case goes through all of them.
        const commands = config.what === 'not valid YAML' ? [['validate'], ['check'], ['timeline'], ['fmt', '--check'], ['render', 'agendas/a.yaml'], ['diff', 'agendas/a.yaml', 'agendas/a.yaml']] : [['validate']];
        for (const command of commands) {
          const result = await runBinary(command, { cwd: repo, wrapper: PERMISSIONS_APPLY, ...LIMITS });
          expect(result.code, command[0]).toBe(2);
          expect(result.stdout, command[0]).toBe('');
          expect(result.stderr, command[0]).toMatch(config.error);
          expectNoFailure(result, command[0]!);
        }
      }, 120_000);
    }
  });
});
