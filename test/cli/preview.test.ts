import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../src/cli/commands/preview.js';
import { ROOT } from '../support/cli.js';

const io = (cwd: string) => ({ argv: [], cwd, env: {}, stdout: { write: () => {} }, stderr: { write: () => {} } });

/** Reads server-sent events until one named `name` arrives. */
async function nextEvent(url: string, name: string): Promise<{ stop: () => void; event: Promise<string> }> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const event = (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += decoder.decode(value, { stream: true });
      const match = new RegExp(`event: ${name}\\ndata: (\\d+)\\n\\n`).exec(buffer);
      if (match) return match[1]!;
    }
  })();
  return { stop: () => controller.abort(), event };
}

describe('agendum preview', () => {
  it('serves the render, reloads when the file changes, and shows findings instead of a blank page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-preview-'));
    const file = path.join(dir, 'plan.agenda.yaml');
    copyFileSync(path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml'), file);
    const preview = await startPreview('plan.agenda.yaml', {}, io(dir));
    try {
      expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const shell = await (await fetch(preview.url)).text();
      expect(shell).toContain('<iframe id="page" src="/document">');
      expect(await (await fetch(`${preview.url}document`)).text()).toContain('Projecten voor 2020 – 2021');

      const waiting = await nextEvent(`${preview.url}events`, 'reload');
      writeFileSync(file, readFileSync(file, 'utf8').replace('title: Projecten voor 2020 – 2021', 'title: Projecten voor 2021 – 2022'));
      await waiting.event;
      waiting.stop();
      expect(await (await fetch(`${preview.url}document`)).text()).toContain('Projecten voor 2021 – 2022');

      const broken = await nextEvent(`${preview.url}events`, 'reload');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:/m, 'titel:'));
      await broken.event;
      broken.stop();
      const page = await (await fetch(`${preview.url}document`)).text();
      expect(page).toContain('schema/unknown-property');
      expect(page).toMatch(/plan\.agenda\.yaml:\d+:1 schema\/unknown-property/);
    } finally {
      await preview.close();
    }
  });

  it('answers only to the loopback names, so that a page elsewhere cannot read the document through DNS rebinding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-preview-'));
    copyFileSync(path.join(ROOT, 'agendas/projectplan-huiselijk-geweld-zhz-2020-2021.agenda.yaml'), path.join(dir, 'plan.agenda.yaml'));
    const preview = await startPreview('plan.agenda.yaml', {}, io(dir));
    try {
      const port = new URL(preview.url).port;
      const ask = (host: string) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const request = httpRequest({ host: '127.0.0.1', port, path: '/document', headers: { host } }, (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          });
          request.on('error', reject);
          request.end();
        });
      expect((await ask(`127.0.0.1:${port}`)).status).toBe(200);
      expect((await ask(`localhost:${port}`)).status).toBe(200);
      const rebound = await ask(`aanvaller.example:${port}`);
      expect(rebound.status).toBe(403);
      expect(rebound.body).not.toContain('Projecten');
    } finally {
      await preview.close();
    }
  });

  it('shows why a file cannot be read, as the other commands say it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-preview-'));
    writeFileSync(path.join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind: ProjectPlan\n', 'utf16le')]));
    const preview = await startPreview('utf16.yaml', {}, io(dir));
    try {
      expect(await (await fetch(`${preview.url}document`)).text()).toContain('utf16.yaml:1:1 file/encoding the file is UTF-16; agendum reads UTF-8');
    } finally {
      await preview.close();
    }
  });

  it('refuses a file that does not exist', async () => {
    await expect(startPreview('nergens.yaml', {}, io(tmpdir()))).rejects.toThrow('no such file');
  });
});
