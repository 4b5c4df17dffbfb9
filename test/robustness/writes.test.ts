import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/core/write.js';
import { PERMISSIONS_APPLY, ROOT, runBinary } from '../support/cli.js';

/**
 * `fmt` and `render -o` write through writeFileAtomic: a temporary file beside the target,
 * flushed, then renamed over it. These tests interrupt that write and check what it leaves.
 */
const PLAN = path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml');
const UNFORMATTED = '# mijn agenda\ntitle: "Voorbeeld"\nkind: ExecutionAgenda\nid: "voorbeeld"\nschemaVersion: 3\nperiod: "2020"\n';
const FORMATTED = '# mijn agenda\nschemaVersion: 3\nkind: ExecutionAgenda\nid: voorbeeld\ntitle: Voorbeeld\nperiod: "2020"\n';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'agendum-write-'));

/**
 * A module node loads before agendum (`--import`): the first write through a file handle
 * writes half of its data, flushes it and kills the process with SIGKILL, as a power cut or an
 * OOM killer would in the middle of writing.
 */
function killMidWrite(): string {
  const hook = path.join(scratch(), 'kill-mid-write.mjs');
  writeFileSync(
    hook,
    `import { open } from 'node:fs/promises';
const probe = await open(${JSON.stringify(process.execPath)}, 'r');
const prototype = Object.getPrototypeOf(probe);
await probe.close();
prototype.writeFile = async function (data) {
  const bytes = Buffer.from(data);
  await this.write(bytes.subarray(0, bytes.length >> 1));
  await this.sync();
  process.kill(process.pid, 'SIGKILL');
  await new Promise(() => {});
};
`,
  );
  return hook;
}

describe('an interrupted write', () => {
  it('fmt killed mid-write leaves the old file whole; only its half-written temporary file is left beside it', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.yaml'), UNFORMATTED);
    const result = await runBinary(['fmt', 'a.yaml'], { cwd: dir, nodeArgs: ['--import', killMidWrite()], timeout: 60_000 });
    expect(result.signal).toBe('SIGKILL');
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe(UNFORMATTED);
    const left = readdirSync(dir).filter((f) => f !== 'a.yaml');
    expect(left).toEqual([expect.stringMatching(/^\.a\.yaml\.\d+\.[0-9a-f]{8}\.tmp$/)]);
    expect(FORMATTED.startsWith(readFileSync(path.join(dir, left[0]!), 'utf8'))).toBe(true);
    // The next run is not confused by what was left: it formats the file and leaves the leftover alone.
    expect((await runBinary(['fmt', '.'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe(FORMATTED);
  });

  it('render -o killed mid-write leaves the old output whole', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'plan.html'), 'de vorige versie');
    const result = await runBinary(['render', PLAN, '-o', 'plan.html'], { cwd: dir, nodeArgs: ['--import', killMidWrite()], timeout: 60_000 });
    expect(result.signal).toBe('SIGKILL');
    expect(readFileSync(path.join(dir, 'plan.html'), 'utf8')).toBe('de vorige versie');
  });

  it('a write that fails at the last step (the rename) leaves what was there and no temporary file behind', async () => {
    const dir = scratch();
    // Renaming onto a folder that holds a file fails, as a crash between writing and renaming would.
    const blocked = path.join(dir, 'agenda.html');
    mkdirSync(blocked);
    writeFileSync(path.join(blocked, 'keep'), 'x');
    await expect(writeFileAtomic(blocked, 'nieuw')).rejects.toThrow();
    expect(readFileSync(path.join(blocked, 'keep'), 'utf8')).toBe('x');
    expect(readdirSync(dir)).toEqual(['agenda.html']);
  });

  it('replaces a file whole', async () => {
    const dir = scratch();
    const target = path.join(dir, 'agenda.html');
    writeFileSync(target, 'oud');
    await writeFileAtomic(target, 'nieuw');
    expect(readFileSync(target, 'utf8')).toBe('nieuw');
    expect(readdirSync(dir)).toEqual(['agenda.html']);
  });
});

describe('a rewritten file', () => {
  it('keeps its permissions: fmt does not make a private file readable for others', async () => {
    const dir = scratch();
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, UNFORMATTED);
    chmodSync(file, 0o600);
    expect((await runBinary(['fmt', 'a.yaml'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FORMATTED);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('behind a symbolic link: the link stays and the file it points to is formatted', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'echt'));
    writeFileSync(path.join(dir, 'echt', 'a.yaml'), UNFORMATTED);
    symlinkSync(path.join('echt', 'a.yaml'), path.join(dir, 'link.yaml'));
    expect((await runBinary(['fmt', 'link.yaml'], { cwd: dir })).code).toBe(0);
    expect(lstatSync(path.join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.yaml'))).toBe(path.join('echt', 'a.yaml'));
    expect(readFileSync(path.join(dir, 'echt', 'a.yaml'), 'utf8')).toBe(FORMATTED);
  });

  it('that may not be written is left alone and named, and the other files are still formatted', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a-alleen-lezen.yaml'), UNFORMATTED);
    writeFileSync(path.join(dir, 'b.yaml'), UNFORMATTED);
    chmodSync(path.join(dir, 'a-alleen-lezen.yaml'), 0o444);
    // Renaming over a read-only file in a writable folder would succeed; fmt must not do it.
    const result = await runBinary(['fmt', '.'], { cwd: dir, wrapper: PERMISSIONS_APPLY });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('a-alleen-lezen.yaml: cannot write the file (EACCES); left as it is\n');
    expect(readFileSync(path.join(dir, 'a-alleen-lezen.yaml'), 'utf8')).toBe(UNFORMATTED);
    expect(readFileSync(path.join(dir, 'b.yaml'), 'utf8')).toBe(FORMATTED);
  });

  it('render -o through a link to one of the documents is refused; the document stays', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'plan.yaml'), readFileSync(PLAN));
    symlinkSync('plan.yaml', path.join(dir, 'uit.html'));
    const result = await runBinary(['render', 'plan.yaml', '-o', 'uit.html'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('uit.html is one of the documents; render does not overwrite its input');
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(readFileSync(PLAN, 'utf8'));
  });
});
