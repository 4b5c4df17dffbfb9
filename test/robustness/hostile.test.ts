import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../support/cli.js';

/**
 * Hostile and broken files, made by the test itself. Each must give a finding with its code
 * and exit 1 — never a crash, a hang or a stack trace — and the other files are still checked.
 */
const VALID = 'schemaVersion: 1\nkind: DevelopmentAgenda\nid: v\ntitle: V\nparties: [{id: vng, name: VNG}]\ngeneralAgreements:\n  - {id: a, title: A, text: B}\n';

function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const CASES: readonly { name: string; content: string | Buffer; codes: readonly string[] }[] = [
  { name: 'alias-bomb.yaml', content: aliasBomb(), codes: ['yaml/alias-limit'] },
  { name: 'deep-flow.yaml', content: `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, codes: ['yaml/too-deep'] },
  { name: 'too-large.yaml', content: `${VALID}notes:\n${`  - "${'x'.repeat(1000)}"\n`.repeat(6000)}`, codes: ['file/too-large'] },
  { name: 'binary.yaml', content: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), codes: ['file/encoding'] },
  { name: 'nul.yaml', content: 'title: a\u0000b\n', codes: ['file/binary'] },
  { name: 'utf16.yaml', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]), codes: ['file/encoding'] },
  { name: 'invalid-utf8.yaml', content: Buffer.concat([Buffer.from('title: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), codes: ['file/encoding'] },
  { name: 'empty.yaml', content: '', codes: ['document/empty'] },
  { name: 'only-comments.yaml', content: '# niets\n', codes: ['document/empty'] },
  { name: 'two-documents.yaml', content: `${VALID}---\n${VALID}`, codes: ['yaml/multiple-docs'] },
  { name: 'tabs.yaml', content: 'schemaVersion: 1\n\tkind: x\n', codes: ['yaml/tab-as-indent'] },
  { name: 'duplicate-keys.yaml', content: `${VALID}title: W\n`, codes: ['yaml/duplicate-key'] },
  { name: 'unknown-kind.yaml', content: VALID.replace('DevelopmentAgenda', 'Begroting'), codes: ['document/unknown-kind'] },
  { name: 'prototype-keys.yaml', content: `${VALID}__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n`, codes: ['schema/unknown-property', 'schema/unknown-property'] },
  { name: 'a scalar.yaml', content: '42\n', codes: ['document/not-a-mapping'] },
];

describe('hostile input', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'agendum-hostile-'));
  for (const c of CASES) writeFileSync(path.join(dir, c.name), c.content);
  writeFileSync(path.join(dir, 'BOM én CRLF.yaml'), `\ufeff${VALID.replace(/\n/g, '\r\n')}`);
  mkdirSync(path.join(dir, 'lus'));
  symlinkSync(dir, path.join(dir, 'lus', 'terug'));

  it('gives each file its finding, checks the good one, and exits 1 without a stack trace', async () => {
    const result = await runBinary(['validate', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string }[]; summary: { files: number } };
    expect(out.summary.files).toBe(CASES.length + 1);
    for (const c of CASES) {
      const codes = out.diagnostics.filter((d) => path.basename(d.file) === c.name).map((d) => d.code);
      expect(codes, c.name).toEqual(c.codes);
    }
    expect(out.diagnostics.filter((d) => d.file.includes('BOM én CRLF'))).toEqual([]);
  }, 60_000);

  it('keys named __proto__ and constructor pollute no prototype', async () => {
    await runInProcess(['validate', path.join(dir, 'prototype-keys.yaml')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a configuration can raise the size limit', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'agendum-big-'));
    writeFileSync(path.join(big, 'agendum.config.yaml'), 'maxFileSize: 20000000\n');
    mkdirSync(path.join(big, 'agendas'));
    writeFileSync(path.join(big, 'agendas/a.yaml'), CASES.find((c) => c.name === 'too-large.yaml')!.content);
    const out = JSON.parse((await runInProcess(['validate', '--format', 'json'], { cwd: big })).stdout) as { diagnostics: { code: string }[] };
    expect(out.diagnostics.map((d) => d.code)).not.toContain('file/too-large');
  });
});
