import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { CheckCache, cacheKey, stampOf } from '../../src/cli/cache.js';
import type { PackedDocument } from '../../src/cli/packed.js';
import { pack, unpack } from '../../src/cli/packed.js';
import { ROOT, runBinary } from '../support/cli.js';
import { newRepository } from '../support/git.js';

// The result cache of `check`: on by default in a repository, kept in node_modules/.cache/agendum/,
// keyed by the text of each file and by agendum's version, the configuration (and the files it
// names), the rule set and the options. A changed file, configuration or version is never served
// from it, and the findings across documents are worked out again on every run.

const seed = (name: string) => readFileSync(path.join(ROOT, 'agendas', name), 'utf8');
const AGENDA = seed('uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml');
const PLAN = seed('projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');
const ARGS = ['check', 'agendas', '--format', 'json', '--today', '2024-01-01'];

function repository() {
  const repo = newRepository('agendum-cache-');
  mkdirSync(path.join(repo.dir, 'agendas'));
  writeFileSync(path.join(repo.dir, 'agendas', 'a.agenda.yaml'), AGENDA);
  writeFileSync(path.join(repo.dir, 'agendas', 'b.agenda.yaml'), PLAN.replace(/^projects:$/m, 'implements: [plegeraanpak]\nprojects:'));
  return repo.dir;
}

const cacheFile = (dir: string) => path.join(dir, 'node_modules', '.cache', 'agendum', 'check.cache');

interface Stored {
  key: string;
  entries: Map<string, { hash: string; checked: PackedDocument; positions?: { ranges: Map<string, { start: { line: number } }> } }>;
}

/** Marks every cached finding's code, so that a run that serves them from the cache shows it. */
function tamper(file: string): void {
  const stored = deserialize(readFileSync(file)) as Stored;
  for (const entry of stored.entries.values()) {
    const checked = unpack(entry.checked);
    entry.checked = pack({ ...checked, diagnostics: checked.diagnostics.map((d) => ({ ...d, code: `CACHED ${d.code}` })) });
  }
  writeFileSync(file, serialize(stored));
}

/** The same run without the cache: what a cached run must give. */
async function truth(dir: string) {
  const run = await runBinary([...ARGS, '--no-cache'], { cwd: dir });
  return { code: run.code, stdout: run.stdout };
}

describe('the result cache of check', () => {
  it('is kept in a repository, serves unchanged files, and gives what a run without it gives', async () => {
    const dir = repository();
    const first = await runBinary(ARGS, { cwd: dir });
    expect(existsSync(cacheFile(dir))).toBe(true);
    expect(first).toMatchObject(await truth(dir));
    expect(JSON.parse(first.stdout).diagnostics.length).toBeGreaterThan(0);
    tamper(cacheFile(dir));
    const second = await runBinary(ARGS, { cwd: dir });
    // Served from the cache: every finding of a document on its own carries the mark.
    expect(second.stdout).toContain('CACHED ');
    expect(second.stdout.replaceAll('CACHED ', '')).toBe(first.stdout);
  }, 60_000);

  it('never serves a changed file, and works out the findings across documents again', async () => {
    const dir = repository();
    await runBinary(ARGS, { cwd: dir });
    tamper(cacheFile(dir));
    // The plan implements the theme "plegeraanpak"; renaming it in the agenda makes the unchanged plan wrong.
    writeFileSync(path.join(dir, 'agendas', 'a.agenda.yaml'), AGENDA.replace('id: plegeraanpak', 'id: plegeraanpak-nieuw'));
    const run = await runBinary(ARGS, { cwd: dir });
    const findings = JSON.parse(run.stdout).diagnostics as { file: string; code: string; message: string }[];
    expect(findings.filter((d) => d.file.endsWith('a.agenda.yaml')).every((d) => !d.code.startsWith('CACHED'))).toBe(true);
    expect(findings.some((d) => d.file.endsWith('b.agenda.yaml') && d.code === 'ref/unknown-implemented-item')).toBe(true);
    expect(run.stdout.replaceAll('CACHED ', '')).toBe((await truth(dir)).stdout);
  }, 60_000);

  it('gives the findings across documents a run without it gives when only some files come from it', async () => {
    // One person written two ways in two documents, as often each: the spelling of the document
    // listed first is the one the other is held against, so the documents must be seen in their
    // order whether their results are cached or not.
    const dir = repository();
    const person = (name: string) => AGENDA.replace('name: L. Vos-Van de Weg,', `name: ${name},`);
    writeFileSync(path.join(dir, 'agendas', 'a.agenda.yaml'), person('J. de Vries'));
    writeFileSync(path.join(dir, 'agendas', 'b.agenda.yaml'), person('J. De Vries').replace(/^id: (.*)$/m, 'id: $1-b'));
    await runBinary(ARGS, { cwd: dir });
    // The first document changes (a comment), the second comes from the cache.
    writeFileSync(path.join(dir, 'agendas', 'a.agenda.yaml'), `${person('J. de Vries')}# bijgewerkt\n`);
    const run = await runBinary(ARGS, { cwd: dir });
    const expected = await truth(dir);
    expect(run).toMatchObject(expected);
    const across = (JSON.parse(expected.stdout) as { diagnostics: { file: string; code: string; related?: { file: string }[] }[] }).diagnostics.filter(
      (d) => d.code === 'names/variant' && d.related?.some((r) => r.file !== d.file),
    );
    expect(across.map((d) => d.file)).toEqual(['agendas/b.agenda.yaml']);
  }, 60_000);

  it('serves a file by its stamp only while no one wrote to it, however its size and times are set back', async () => {
    const dir = repository();
    const file = path.join(dir, 'agendas', 'a.agenda.yaml');
    // A modification time in whole seconds, which can be put back to the nanosecond.
    const WHEN = 1_600_000_000;
    utimesSync(file, WHEN, WHEN);
    // Stamps are kept only for files left alone for two seconds (what some file systems' clocks resolve).
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await runBinary(ARGS, { cwd: dir });
    tamper(cacheFile(dir));
    const served = await runBinary(ARGS, { cwd: dir });
    expect(served.stdout).toContain('CACHED ');
    // The same number of bytes, and the old modification time put back: only the change time tells.
    const before = statSync(file, { bigint: true });
    writeFileSync(file, AGENDA.replace('title: ', 'titel: '));
    utimesSync(file, WHEN, WHEN);
    const after = statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    // Left alone long enough to have a stamp again.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const run = await runBinary(ARGS, { cwd: dir });
    const findings = JSON.parse(run.stdout).diagnostics as { file: string; code: string }[];
    expect(findings.filter((d) => d.file.endsWith('a.agenda.yaml')).every((d) => !d.code.startsWith('CACHED'))).toBe(true);
    expect(findings.some((d) => d.file.endsWith('a.agenda.yaml') && d.code === 'schema/unknown-property')).toBe(true);
    expect(run.stdout.replaceAll('CACHED ', '')).toBe((await truth(dir)).stdout);
  }, 60_000);

  it('leaves its file alone when a run found every file as it has it', async () => {
    const dir = repository();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await runBinary(ARGS, { cwd: dir });
    // The second run keeps the stamps of the files (settled now); the third has nothing to add.
    await runBinary(ARGS, { cwd: dir });
    const written = statSync(cacheFile(dir)).mtimeMs;
    const third = await runBinary(ARGS, { cwd: dir });
    expect(statSync(cacheFile(dir)).mtimeMs).toBe(written);
    expect(third).toMatchObject(await truth(dir));
  }, 60_000);

  it('remembers where the findings across documents point, and forgets it when the file changes', async () => {
    const dir = repository();
    const person = (name: string) => AGENDA.replace('name: L. Vos-Van de Weg,', `name: ${name},`);
    writeFileSync(path.join(dir, 'agendas', 'a.agenda.yaml'), person('J. de Vries'));
    const b = path.join(dir, 'agendas', 'b.agenda.yaml');
    writeFileSync(b, person('J. De Vries').replace(/^id: (.*)$/m, 'id: $1-b'));
    const first = await runBinary(ARGS, { cwd: dir });
    expect(first).toMatchObject(await truth(dir));
    const across = (stdout: string) =>
      (JSON.parse(stdout) as { diagnostics: { file: string; code: string; line: number; related?: { file: string }[] }[] }).diagnostics.filter(
        (d) => d.code === 'names/variant' && d.related?.some((r) => r.file !== d.file),
      );
    expect(across(first.stdout).map((d) => d.file)).toEqual(['agendas/b.agenda.yaml']);
    // The positions are served from the cache: moved there, they move in the findings.
    const stored = deserialize(readFileSync(cacheFile(dir))) as Stored;
    const memo = stored.entries.get(b)?.positions;
    expect(memo?.ranges.size).toBeGreaterThan(0);
    for (const range of memo!.ranges.values()) range.start.line += 1000;
    writeFileSync(cacheFile(dir), serialize(stored));
    const second = await runBinary(ARGS, { cwd: dir });
    expect(across(second.stdout)[0]!.line).toBe(across(first.stdout)[0]!.line + 1000);
    // A changed file is read again, and its positions worked out anew.
    writeFileSync(b, `# bijgewerkt\n${person('J. De Vries').replace(/^id: (.*)$/m, 'id: $1-b')}`);
    const third = await runBinary(ARGS, { cwd: dir });
    expect(third).toMatchObject(await truth(dir));
    expect(across(third.stdout)[0]!.line).toBe(across(first.stdout)[0]!.line + 1);
    // The code frames of those findings, from the lines remembered with the positions.
    const pretty = ['check', 'agendas', '--format', 'pretty', '--today', '2024-01-01'];
    const framed = await runBinary(pretty, { cwd: dir });
    expect(framed.stdout).toMatch(/\| +- \{ role: Wethouder, name: J\. De Vries,/);
    expect(framed).toMatchObject(await runBinary([...pretty, '--no-cache'], { cwd: dir }));
  }, 60_000);

  it('never serves results made under another configuration', async () => {
    const dir = repository();
    await runBinary(ARGS, { cwd: dir });
    tamper(cacheFile(dir));
    writeFileSync(path.join(dir, 'agendum.config.yaml'), 'rules:\n  numbering/sequence: "off"\n');
    const run = await runBinary(ARGS, { cwd: dir });
    expect(run.stdout).not.toContain('CACHED ');
    expect(run).toMatchObject(await truth(dir));
  }, 60_000);

  it('keeps findings without words, so a run in Dutch is served what a run in English cached, worded in Dutch', async () => {
    const dir = repository();
    const english = await runBinary([...ARGS, '--lang', 'en'], { cwd: dir });
    expect(english.stdout).toContain('"message": "');
    const stored = readFileSync(cacheFile(dir));
    tamper(cacheFile(dir));
    const dutch = await runBinary([...ARGS, '--lang', 'nl'], { cwd: dir });
    // Served from the cache (the marks), and worded in Dutch at print time.
    expect(dutch.stdout).toContain('CACHED ');
    const truthInDutch = await runBinary([...ARGS, '--lang', 'nl', '--no-cache'], { cwd: dir });
    expect(dutch.stdout.replaceAll('CACHED ', '')).toBe(truthInDutch.stdout);
    expect(dutch.stdout).not.toBe(english.stdout.replaceAll('CACHED ', ''));
    const messages = (JSON.parse(dutch.stdout) as { diagnostics: { message: string }[] }).diagnostics.map((d) => d.message);
    expect(messages.some((m) => /\b(?:moet|staat|niet|geen|een)\b/.test(m))).toBe(true);
    // The cache holds message ids and data, not the English words.
    const english0 = (JSON.parse(english.stdout) as { diagnostics: { message: string }[] }).diagnostics[0]!.message;
    expect(stored.toString('latin1')).not.toContain(english0);
  }, 60_000);

  it('is not used with --no-cache, nor by default outside a repository; --cache-location puts it elsewhere', async () => {
    const dir = repository();
    await runBinary([...ARGS, '--no-cache'], { cwd: dir });
    expect(existsSync(cacheFile(dir))).toBe(false);

    const plain = mkdtempSync(path.join(tmpdir(), 'agendum-nocache-'));
    mkdirSync(path.join(plain, 'agendas'));
    writeFileSync(path.join(plain, 'agendas', 'a.agenda.yaml'), AGENDA);
    await runBinary(ARGS, { cwd: plain });
    expect(existsSync(cacheFile(plain))).toBe(false);
    await runBinary([...ARGS, '--cache', '--cache-location', 'elders'], { cwd: plain });
    expect(existsSync(path.join(plain, 'elders', 'check.cache'))).toBe(true);
  }, 60_000);
});

describe('the stamp of a file', () => {
  it('is kept only for a file left alone for two seconds, and changes with any write', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'agendum-stamp-'));
    const file = path.join(folder, 'a.yaml');
    writeFileSync(file, 'kind: A\n');
    const later = (seconds: number) => BigInt(Date.now() + seconds * 1000) * 1_000_000n;
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    expect(stampOf(file)).toBeUndefined();
    const stamp = stampOf(file, later(3));
    expect(stamp).toBeDefined();
    expect(stampOf(file, later(3))).toBe(stamp);
    // The same size and modification time: the change time still tells.
    writeFileSync(file, 'kind: B\n');
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    expect(stampOf(file, later(3))).not.toBe(stamp);
    expect(stampOf(path.join(folder, 'missing.yaml'), later(3))).toBeUndefined();
    expect(stampOf(folder, later(3))).toBeUndefined();
  });
});

describe('the cache key', () => {
  const parts = { version: '0.1.0', configText: 'rules: {}\n', configFiles: { '/kinds/x.schema.json': '{}' }, ruleSet: 'check', options: { lang: 'nl' } };

  it('changes with the version, the configuration, a file it names, the rule set and the options', () => {
    const key = cacheKey(parts);
    expect(cacheKey({ ...parts })).toBe(key);
    for (const changed of [
      { ...parts, version: '0.1.1' },
      { ...parts, configText: 'rules: {names/variant: off}\n' },
      { ...parts, configText: undefined },
      { ...parts, configFiles: { '/kinds/x.schema.json': '{"type":"object"}' } },
      { ...parts, ruleSet: 'validate' },
      { ...parts, options: { lang: 'en' } },
    ]) {
      expect(cacheKey(changed)).not.toBe(key);
    }
  });

  it('a cache written under one key serves nothing under another (another version)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'agendum-key-'));
    const checked = pack({ file: 'a.yaml', diagnostics: [], facts: undefined, directiveText: undefined, excerpt: '' });
    const old = await CheckCache.open(folder, 'check', cacheKey(parts));
    old.set('/x/a.yaml', 'hash', checked);
    await old.save();
    expect((await CheckCache.open(folder, 'check', cacheKey(parts))).get('/x/a.yaml', 'a.yaml', 'hash')).toEqual(checked);
    expect((await CheckCache.open(folder, 'check', cacheKey({ ...parts, version: '0.2.0' }))).get('/x/a.yaml', 'a.yaml', 'hash')).toBeUndefined();
    // Nor a file whose text changed, nor one shown under another name.
    const same = await CheckCache.open(folder, 'check', cacheKey(parts));
    expect(same.get('/x/a.yaml', 'a.yaml', 'other hash')).toBeUndefined();
    expect(same.get('/x/a.yaml', 'b.yaml', 'hash')).toBeUndefined();
  });
});
