import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBinary, runInProcess } from '../support/cli.js';
import { VALID } from './corpus.js';

/**
 * Where agendum writes: outputs that are not regular files (devices, pipes, standard output
 * under its other names) are written into, never replaced; a folder's links that lead out of
 * it are not followed; a write that fails or races leaves nothing half done; and standard
 * output that fails or goes away ends the command with the right exit code.
 */
const PLAN = path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');
const ARRANGEMENT = path.join(ROOT, 'agendas/consultatiedocument-hg-arrangement-rotterdam.agenda.yaml');
const UNFORMATTED = 'title: "Voorbeeld"\nkind: ExecutionAgenda\nid: "voorbeeld"\nschemaVersion: 3\nperiod: "2020"\n';
const IS_ROOT = process.getuid?.() === 0;

const scratch = () => mkdtempSync(path.join(tmpdir(), 'agendum-out-'));

interface RawResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * The built binary with standard output as given: a pipe read to the end, a pipe closed at once
 * (a reader that goes away), or a file descriptor (/dev/full).
 */
function spawnRaw(args: readonly string[], options: { cwd: string; stdout?: 'pipe' | 'closed' | number; nodeArgs?: readonly string[]; env?: Record<string, string>; wrapper?: readonly string[] }): Promise<RawResult> {
  return new Promise((resolve) => {
    const command = [...(options.wrapper ?? []), process.execPath, ...(options.nodeArgs ?? []), BIN, ...args];
    const out = typeof options.stdout === 'number' ? options.stdout : 'pipe';
    const child = spawn(command[0]!, command.slice(1), { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', out, 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    if (options.stdout === 'closed') child.stdout!.destroy();
    else child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks), stderr }));
  });
}

/** A module loaded before agendum (`--import`) that changes how files are written. */
function hook(source: string): string {
  const file = path.join(scratch(), 'hook.mjs');
  writeFileSync(
    file,
    `import { open } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { appendFileSync } from 'node:fs';
const probe = await open(${JSON.stringify(process.execPath)}, 'r');
const prototype = Object.getPrototypeOf(probe);
await probe.close();
${source}
`,
  );
  return file;
}

/** Every write runs out of space before its first byte, as on a full disk. */
const DISK_FULL = hook(`
const full = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
prototype.writeFile = async function () { throw full(); };
const module = (await import('node:module')).createRequire(import.meta.url)('node:fs/promises');
module.writeFile = async (file, data, options) => { const handle = await open(file, options?.flag ?? 'w'); await handle.close(); throw full(); };
`);

/** Another program appends to the file while agendum writes its new version. */
const CONCURRENT_EDIT = hook(`
const sync = prototype.sync;
prototype.sync = async function () { await sync.call(this); appendFileSync(process.env.EDITED, '# een regel van een ander\\n'); };
`);

describe('an output that is not a regular file', () => {
  it('a named pipe: render writes into it and it stays a pipe', async () => {
    const dir = scratch();
    const fifo = path.join(dir, 'pijp');
    execFileSync('mkfifo', [fifo]);
    const cat = spawn('cat', [fifo]);
    const reader = new Promise<string>((resolve) => {
      let text = '';
      cat.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      cat.on('close', () => resolve(text));
    });
    const result = await runBinary(['render', PLAN, '-o', 'pijp', '--today', '2021-01-01'], { cwd: dir, timeout: 60_000 });
    // A pipe replaced by a file never gets a writer: the reader is not left waiting.
    const text = await Promise.race([reader, sleep(5_000).then(() => '')]);
    cat.kill();
    expect(result.code, result.stderr).toBe(0);
    expect(text).toMatch(/^<!DOCTYPE html>/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pijp']);
  });

  it.runIf(IS_ROOT)('a character device (a /dev/null of its own): render and new write into it, and it stays a device', async () => {
    const dir = scratch();
    const device = path.join(dir, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    for (const args of [['render', PLAN, '-o', device], ['new', 'ProjectPlan', '-o', device]]) {
      const result = await runBinary(args, { cwd: dir });
      expect(result.code, `${args[0]}: ${result.stderr}`).toBe(0);
      expect(statSync(device).isCharacterDevice(), args[0]).toBe(true);
    }
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('fmt leaves a document that is not a regular file alone, and says so', async () => {
    const dir = scratch();
    const fifo = path.join(dir, 'a.yaml');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf '%s' '${UNFORMATTED}' > a.yaml`], { cwd: dir });
    const result = await runBinary(['fmt', 'a.yaml'], { cwd: dir, timeout: 30_000 });
    writer.kill();
    expect(result.stdout).toBe('a.yaml: not a regular file; left as it is\n');
    expect(result.code).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('standard output under another name (/dev/stdout, -) is standard output, also for a user who may not write in /dev', async () => {
    const dir = scratch();
    chmodSync(dir, 0o755);
    const wrapper = IS_ROOT ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups', '--'] : [];
    for (const name of ['/dev/stdout', '-']) {
      const result = await spawnRaw(['render', PLAN, '-o', name, '--format', 'md'], { cwd: dir, wrapper });
      expect(result.stderr, name).toBe('');
      expect(result.code, name).toBe(0);
      expect(result.stdout.toString('utf8'), name).toMatch(/^# Projecten voor 2020 – 2021/);
    }
    const created = await spawnRaw(['new', 'ProjectPlan', '-o', '/dev/stdout'], { cwd: dir, wrapper });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout.toString('utf8')).toMatch(/^# yaml-language-server/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a PDF on standard output is its bytes', async () => {
    const dir = scratch();
    const piped = await spawnRaw(['render', PLAN, '--format', 'pdf', '--today', '2021-01-01'], { cwd: dir });
    expect(piped.code, piped.stderr).toBe(0);
    const pdf = piped.stdout;
    // The binary comment on the second line stays four bytes (re-encoded as UTF-8 they were eight) ...
    expect(pdf.subarray(0, 9).toString('latin1')).toBe('%PDF-1.7\n');
    expect([...pdf.subarray(9, 15)]).toEqual([0x25, 0x81, 0x81, 0x81, 0x81, 0x0a]);
    // ... and the cross-reference stream stands at the byte offset the file gives for it.
    const text = pdf.toString('latin1');
    const offset = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
    expect(text.slice(offset, offset + 200)).toMatch(/^\d+ 0 obj\s*<<[\s\S]*\/Type \/XRef/);
  }, 60_000);
});

describe('rendering into a folder', () => {
  it('never follows a link there that leads out of the folder; a link inside it is followed', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'site'));
    writeFileSync(path.join(dir, 'elders.html'), 'niet overschrijven');
    symlinkSync('../elders.html', path.join(dir, 'site', 'projectplan-huiselijk-geweld-zhz-2020-2021.html'));
    const result = await runBinary(['render', PLAN, ARRANGEMENT, '-o', 'site/', '--today', '2021-01-01'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('site/projectplan-huiselijk-geweld-zhz-2020-2021.html is a symbolic link that leads out of the output folder');
    expect(readFileSync(path.join(dir, 'elders.html'), 'utf8')).toBe('niet overschrijven');
    // Nothing was written before the refusal.
    expect(readdirSync(path.join(dir, 'site'))).toEqual(['projectplan-huiselijk-geweld-zhz-2020-2021.html']);

    const inside = scratch();
    mkdirSync(path.join(inside, 'site'));
    writeFileSync(path.join(inside, 'site', 'echt.html'), 'oud');
    symlinkSync('echt.html', path.join(inside, 'site', 'projectplan-huiselijk-geweld-zhz-2020-2021.html'));
    expect((await runBinary(['render', PLAN, ARRANGEMENT, '-o', 'site/'], { cwd: inside })).code).toBe(0);
    expect(readFileSync(path.join(inside, 'site', 'echt.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('init --force in a repository that holds links', () => {
  it('never writes through a link that leads out of the repository, nor into a pipe; it writes the rest and exits 2', async () => {
    const dir = scratch();
    const repo = path.join(dir, 'repo');
    mkdirSync(repo);
    writeFileSync(path.join(dir, 'elders.txt'), 'niet overschrijven');
    symlinkSync('../elders.txt', path.join(repo, '.gitattributes'));
    mkdirSync(path.join(dir, 'buiten'));
    symlinkSync('../buiten', path.join(repo, '.github'));
    execFileSync('mkfifo', [path.join(repo, '.pre-commit-config.yaml')]);
    const result = await runBinary(['init', '--force'], { cwd: repo, timeout: 30_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('agendum: left .gitattributes as it is: a symbolic link that leads out of the folder');
    expect(result.stderr).toContain('agendum: left .github/workflows/agendum.yml as it is: a symbolic link that leads out of the folder');
    expect(result.stderr).toContain('agendum: left .pre-commit-config.yaml as it is: not a regular file');
    expect(readFileSync(path.join(dir, 'elders.txt'), 'utf8')).toBe('niet overschrijven');
    expect(readdirSync(path.join(dir, 'buiten'))).toEqual([]);
    expect(readFileSync(path.join(repo, 'agendum.config.yaml'), 'utf8')).toContain('documents');
  });
});

describe('the findings of render', () => {
  it('go to standard error when standard output carries the document, never into it', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'kapot.yaml'), `${VALID}title: <img src=x onerror=alert(1)>\n`);
    const result = await runBinary(['render', 'kapot.yaml', '--color', 'never'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('kapot.yaml:8:1 error yaml/duplicate-key');
    // With the documents in files, standard output is free for the findings, as in every other command.
    const files = await runBinary(['render', 'kapot.yaml', '-o', 'uit/', '--color', 'never'], { cwd: dir });
    expect(files.stdout).toContain('kapot.yaml:8:1 error yaml/duplicate-key');
  });
});

describe('a write that fails or races', () => {
  it('new on a full disk leaves no file, and the next run writes it', async () => {
    const dir = scratch();
    const failed = await runBinary(['new', 'ProjectPlan', '--id', 'plan'], { cwd: dir, nodeArgs: ['--import', DISK_FULL] });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('ENOSPC');
    expect(failed.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(path.join(dir, 'agendas'))).toEqual([]);
    const again = await runBinary(['new', 'ProjectPlan', '--id', 'plan'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'agendas', 'plan.agenda.yaml'), 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('fmt does not replace a file that another program changed while it was writing', async () => {
    const dir = scratch();
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, UNFORMATTED);
    const result = await runBinary(['fmt', 'a.yaml'], { cwd: dir, nodeArgs: ['--import', CONCURRENT_EDIT], env: { EDITED: file } });
    expect(result.stdout).toBe('a.yaml: the file changed while it was being rewritten (another program wrote to it); left as it is\n');
    expect(result.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(`${UNFORMATTED}# een regel van een ander\n`);
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });
});

describe('standard output that cannot be written', () => {
  it('a full device: one line on standard error and exit code 2, no stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await spawnRaw(['validate', path.join(ROOT, 'agendas')], { cwd: ROOT, stdout: full });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('agendum: cannot write to standard output (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });

  it('a reader that goes away (| head -1) does not change the exit code of fmt --check or migrate --check', async () => {
    const dir = scratch();
    for (let i = 0; i < 20; i++) writeFileSync(path.join(dir, `a${i}.yaml`), UNFORMATTED);
    writeFileSync(path.join(dir, 'v1.yaml'), readFileSync(path.join(ROOT, 'test/fixtures/migrate/projectplan-v1.agenda.yaml')));
    for (const command of [['fmt', '--check', '.'], ['migrate', '--check', '.']]) {
      const result = await spawnRaw(command, { cwd: dir, stdout: 'closed' });
      expect(result.code, command.join(' ')).toBe(1);
      expect(result.stderr, command.join(' ')).not.toMatch(/^\s+at /m);
    }
    expect(existsSync(path.join(dir, 'a0.yaml'))).toBe(true);
  });
});

describe('a rewritten file keeps its layout', () => {
  const crlf = (text: string) => text.replace(/\n/g, '\r\n');
  const BOM = '\ufeff';
  // Comments between list items (one before a blank line), a block scalar, keys out of order.
  const COMMENTED = 'title: T\nkind: ExecutionAgenda\nschemaVersion: 3\nid: e\npartners:\n  - name: A\n    id: a\n  # over b\n\n  - id: b\n    name: B\n    # binnen b\n  # over c\n  - id: c\n    name: C\n    description:\n      - |\n        een\n        twee\n';

  it('fmt and migrate write CRLF files with CRLF on every line and keep the BOM, and place comments as in the same file with line feeds', async () => {
    const dir = scratch();
    const plan = readFileSync(path.join(ROOT, 'test/fixtures/migrate/projectplan-v1.agenda.yaml'), 'utf8');
    const cases = { 'a.yaml': COMMENTED, 'b.yaml': readFileSync(PLAN, 'utf8').replace('schemaVersion: 3\nkind: ProjectPlan', 'kind: ProjectPlan\nschemaVersion: 3'), 'v1.yaml': plan };
    for (const [name, text] of Object.entries(cases)) {
      writeFileSync(path.join(dir, `lf-${name}`), text);
      writeFileSync(path.join(dir, `crlf-${name}`), `${BOM}${crlf(text)}`);
    }
    for (const command of [['migrate', '.'], ['fmt', '.']]) expect((await runInProcess(command, { cwd: dir })).code, command[0]).toBe(0);
    for (const name of Object.keys(cases)) {
      const lf = readFileSync(path.join(dir, `lf-${name}`), 'utf8');
      const kept = readFileSync(path.join(dir, `crlf-${name}`), 'utf8');
      expect(lf, name).not.toBe(cases[name as keyof typeof cases]);
      expect(kept, name).toBe(`${BOM}${crlf(lf)}`);
      expect(kept.replace(/\r\n/g, ''), name).not.toMatch(/[\r]/);
    }
    expect(readFileSync(path.join(dir, 'lf-a.yaml'), 'utf8')).toContain('    name: A\n  # over b\n\n  - id: b\n');
    // A second run changes nothing.
    expect((await runInProcess(['fmt', '--check', '.'], { cwd: dir })).code).toBe(0);
  });
});
