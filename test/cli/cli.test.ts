import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../support/cli.js';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const emptyFolder = mkdtempSync(path.join(tmpdir(), 'agendum-empty-'));
const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;
const ANSI = /\u001b\[/;

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  readonly code: number;
  readonly check: (result: RunResult) => void;
}

const json = (r: RunResult) => JSON.parse(r.stdout) as { diagnostics: { file: string; code: string; severity: string }[]; summary: Record<string, number> };

const CASES: readonly Case[] = [
  {
    name: 'validate with no paths checks ./agendas and passes, listing the seeds\' own inconsistencies as warnings',
    args: ['validate'],
    code: 0,
    check: (r) => {
      expect(r.stdout).toMatch(/\n0 errors, 8 warnings in 4 files\n$/);
      expect(r.stdout).toContain('warning names/variant');
      expect(r.stdout).toContain('warning numbering/sequence');
    },
  },
  {
    name: 'validate --format json prints one object with the summary',
    args: ['validate', 'agendas', '--format', 'json'],
    code: 0,
    check: (r) => {
      const out = json(r);
      expect(out.summary).toEqual({ files: 4, errors: 0, warnings: 8, infos: 0 });
      expect(new Set(out.diagnostics.map((d) => d.severity))).toEqual(new Set(['warning']));
    },
  },
  {
    name: 'one bad file does not stop the others',
    args: ['validate', 'test/fixtures/invalid/syntax-error.yaml', 'agendas', '--format', 'json'],
    code: 1,
    check: (r) => {
      const out = json(r);
      expect(out.summary.files).toBe(5);
      expect(out.summary.errors).toBeGreaterThan(0);
      const errors = out.diagnostics.filter((d) => d.severity === 'error');
      expect(new Set(errors.map((d) => d.file))).toEqual(new Set(['test/fixtures/invalid/syntax-error.yaml']));
    },
  },
  {
    name: 'pretty output names file, line, column, severity and code',
    args: ['validate', 'test/fixtures/invalid/unknown-key.yaml'],
    code: 1,
    check: (r) => {
      expect(r.stdout).toMatch(/^test\/fixtures\/invalid\/unknown-key\.yaml:\d+:\d+ error schema\/unknown-property unknown property "titel"; did you mean "title"\?$/m);
      expect(r.stdout).toMatch(/^1 error, 0 warnings in 1 file$/m);
    },
  },
  {
    name: 'a path that does not exist is a usage error',
    args: ['validate', 'no/such/file.yaml'],
    code: 2,
    check: (r) => {
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('no such file or folder: no/such/file.yaml');
    },
  },
  {
    name: 'no paths and no agendas folder is a usage error',
    args: ['validate'],
    cwd: emptyFolder,
    code: 2,
    check: (r) => expect(r.stderr).toContain('no such file or folder: agendas'),
  },
  {
    name: 'an unknown format is a usage error',
    args: ['validate', '--format', 'xml'],
    code: 2,
    check: (r) => expect(r.stderr).toMatch(/xml/),
  },
  {
    name: 'an unknown option is a usage error',
    args: ['validate', '--frobnicate'],
    code: 2,
    check: (r) => expect(r.stderr).toContain("unknown option '--frobnicate'"),
  },
  {
    name: 'a mistyped command gets a suggestion',
    args: ['validat'],
    code: 2,
    check: (r) => expect(r.stderr).toContain('validate'),
  },
  {
    name: '--version prints the package version',
    args: ['--version'],
    code: 0,
    check: (r) => expect(r.stdout).toBe(`${version}\n`),
  },
  {
    name: 'validate --help leads with examples',
    args: ['validate', '--help'],
    code: 0,
    check: (r) => expect(r.stdout).toMatch(/^Examples:\n {2}agendum validate\n/),
  },
  {
    name: 'NO_COLOR turns colour off even when forced elsewhere',
    args: ['validate', 'test/fixtures/invalid/unknown-key.yaml'],
    env: { NO_COLOR: '1', FORCE_COLOR: '1' },
    code: 1,
    check: (r) => expect(r.stdout).not.toMatch(ANSI),
  },
  {
    name: 'FORCE_COLOR turns colour on without a terminal',
    args: ['validate', 'test/fixtures/invalid/unknown-key.yaml'],
    env: { FORCE_COLOR: '1' },
    code: 1,
    check: (r) => expect(r.stdout).toMatch(ANSI),
  },
];

for (const [mode, run] of [
  ['built binary', runBinary],
  ['in-process main', runInProcess],
] as const) {
  describe(`agendum CLI (${mode})`, () => {
    for (const c of CASES) {
      it(c.name, async () => {
        const result = await run(c.args, { ...(c.cwd ? { cwd: c.cwd } : {}), ...(c.env ? { env: c.env } : {}) });
        expect(result.code, result.stderr || result.stdout).toBe(c.code);
        expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
        c.check(result);
      });
    }
  });
}

describe('help', () => {
  it('leads with examples for the program and every command', async () => {
    const top = await runInProcess(['--help']);
    expect(top.stdout).toMatch(/^Examples:\n {2}agendum /);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) (?:\[options\]|\[|<)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['validate', 'timeline', 'check', 'diff', 'render', 'init', 'new', 'fmt', 'migrate', 'schema', 'preview', 'completion']));
    for (const command of commands) {
      const help = await runInProcess([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`^Examples:\\n(?: {2}.*\\n)*? {2}(?:source <\\()?agendum ${command}\\b`));
    }
  });
});

describe('colour on a terminal', () => {
  it('is on for a TTY and off for a pipe', async () => {
    const args = ['validate', 'test/fixtures/invalid/unknown-key.yaml'];
    expect((await runInProcess(args, { tty: true })).stdout).toMatch(ANSI);
    expect((await runInProcess(args, { tty: false })).stdout).not.toMatch(ANSI);
  });
});
