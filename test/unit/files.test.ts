import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularTextSync, readText } from '../../src/core/files.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'agendum-read-'));

describe('readText', () => {
  it('reads a file of exactly the limit, and refuses one byte more without reading it', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'precies.yaml'), 'a'.repeat(1000));
    writeFileSync(path.join(dir, 'te-groot.yaml'), 'a'.repeat(1001));
    expect(await readText(path.join(dir, 'precies.yaml'), 1000)).toMatchObject({ ok: true });
    expect(await readText(path.join(dir, 'te-groot.yaml'), 1000)).toMatchObject({ ok: false, code: 'file/too-large' });
  });

  it('stops reading what never ends (/dev/zero) at the limit', async () => {
    const result = await readText('/dev/zero', 1024 * 1024);
    expect(result).toMatchObject({ ok: false, code: 'file/too-large' });
    expect(!result.ok && result.message.en).toMatch(/^the file holds more than the 1\.0 MB agendum reads/);
  }, 20_000); // without the bound, it read until memory ran out

  it('reads a pipe to its end', async () => {
    const fifo = path.join(scratch(), 'pijp.yaml');
    execFileSync('mkfifo', [fifo]);
    const writer = createWriteStream(fifo);
    writer.end('kind: ExecutionAgenda\n');
    expect(await readText(fifo)).toEqual({ ok: true, text: 'kind: ExecutionAgenda\n' });
  });

  it('reads a carriage return on its own as a line break, as YAML does, keeping every offset', async () => {
    const file = path.join(scratch(), 'mac.yaml');
    writeFileSync(file, 'a: 1\rb: 2\r\nc: 3\r');
    expect(await readText(file)).toEqual({ ok: true, text: 'a: 1\nb: 2\r\nc: 3\n' });
  });

  it('says that a folder is a folder', async () => {
    const dir = path.join(scratch(), 'map.yaml');
    mkdirSync(dir);
    const result = await readText(dir);
    expect(result).toMatchObject({ ok: false, code: 'file/unreadable' });
    expect(!result.ok && result.message.en).toBe('cannot read the file (it is a folder)');
    expect(!result.ok && result.message.nl).toBe('het bestand is niet te lezen (het is een map)');
  });

  it('says that a file that is not there cannot be read', async () => {
    expect(await readText(path.join(scratch(), 'weg.yaml'))).toMatchObject({ ok: false, code: 'file/unreadable', message: { en: 'cannot read the file (it does not exist, or is a link to nothing)' } });
  });
});

describe('readRegularTextSync', () => {
  it('gives what readText gives for regular files (within the limit, over it, CR, BOM, not UTF-8)', async () => {
    const dir = scratch();
    const files: Record<string, string | Buffer> = {
      'precies.yaml': 'a'.repeat(1000),
      'te-groot.yaml': 'a'.repeat(1001),
      'cr.yaml': 'a: 1\rb: 2\r\n',
      'bom.yaml': '\ufeffa: 1\n',
      'latin1.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
      'leeg.yaml': '',
    };
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      expect(readRegularTextSync(file, 1000), name).toEqual(await readText(file, 1000));
    }
  });

  it('leaves to readText what is not a regular file: a folder, a pipe (without waiting for it), a file that is not there', () => {
    const dir = scratch();
    const fifo = path.join(dir, 'pijp.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(readRegularTextSync(fifo)).toBeUndefined();
    expect(readRegularTextSync(dir)).toBeUndefined();
    expect(readRegularTextSync(path.join(dir, 'weg.yaml'))).toBeUndefined();
  });
});
