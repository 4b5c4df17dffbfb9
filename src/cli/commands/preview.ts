import { loadRunConfig } from '../run-config.js';
import { unwatchFile, watchFile } from 'node:fs';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { KindRegistry } from '../../model/registry.js';
import { readText } from '../../core/files.js';
import type { Lang } from '../../core/i18n.js';
import { chooseLang } from '../../core/i18n.js';
import { word } from '../../i18n/catalogue.js';
import { escapeHtml } from '../../render/text/escape.js';
import { timelineChartData } from '../../timeline/chart-data.js';
import { validateDocument } from '../../validate/engine.js';
import type { CliIO } from '../io.js';
import { todayOf } from './timeline.js';
import { CLI_MESSAGES } from '../messages.js';

export interface PreviewOptions {
  readonly port?: string;
  readonly lang?: string;
}

export interface Preview {
  readonly url: string;
  /** The language of the preview's words. */
  readonly lang: Lang;
  close(): Promise<void>;
}

/**
 * Serves a document's HTML render on localhost and reloads the page when the file changes.
 * The page sits in a frame under a small shell that listens for changes (the render itself
 * allows no scripts); a document with errors shows its findings instead of a blank page.
 */
export async function startPreview(file: string, options: PreviewOptions, io: CliIO): Promise<Preview> {
  const target = path.resolve(io.cwd, file);
  const name = path.basename(target);
  const config = await loadRunConfig(io.cwd, undefined, [file]);
  const lang = chooseLang(options.lang ?? config.language, io.env);
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(CLI_MESSAGES.text('previewPort', { value: String(options.port) }));
  await stat(target).catch(() => {
    throw new UsageError(CLI_MESSAGES.text('noSuchFile', { file }));
  });
  const { renderDocument } = await import('../../render/index.js');

  let page = '';
  let version = 0;
  const render = async () => {
    page = await renderPage(target, name, lang, io, renderDocument, config.kinds);
    version++;
  };
  await render();

  const listeners = new Set<ServerResponse>();
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void render().then(() => {
        for (const listener of listeners) listener.write(`event: reload\ndata: ${version}\n\n`);
      });
    }, 100);
  };
  // The file is watched by its path, polled: a watch on the folder ends with the folder, so a
  // folder deleted and made again (a checkout of another branch) stopped the reloading.
  const onStat = (now: Stats, before: Stats) => {
    if (now.mtimeMs !== before.mtimeMs || now.size !== before.size || now.ino !== before.ino || now.nlink !== before.nlink) changed();
  };
  watchFile(target, { interval: 200, persistent: true }, onStat);

  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    // A web page elsewhere can point a name of its own at 127.0.0.1 (DNS rebinding) and read the
    // document from its script; the preview answers only to the names of the loopback address.
    const address = server.address();
    const ownPort = typeof address === 'object' && address ? address.port : port;
    if (!LOOPBACK_HOSTS.has((request.headers.host ?? '').replace(new RegExp(`:${ownPort}$`), ''))) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`${CLI_MESSAGES.messages.previewLoopbackOnly[lang]}\n`);
      return;
    }
    if (url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(shell(name, lang));
    } else if (url === '/document') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page);
    } else if (url === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(`event: ready\ndata: ${version}\n\n`);
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`${CLI_MESSAGES.messages.previewNotFound[lang]}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new UsageError(CLI_MESSAGES.text('previewListen', { port, reason: (error as NodeJS.ErrnoException).code ?? error.message }))));
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    lang,
    close: async () => {
      clearTimeout(timer);
      unwatchFile(target, onStat);
      for (const listener of listeners) listener.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Render = (typeof import('../../render/index.js'))['renderDocument'];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

async function renderPage(file: string, name: string, lang: Lang, io: CliIO, renderDocument: Render, kinds: KindRegistry): Promise<string> {
  // Read as the other commands read documents: the size limit, the encoding checks.
  const read = await readText(file, undefined, { regularOnly: true });
  if (!read.ok) return problems(name, [`${name}:1:1 ${read.code} ${read.message[lang]}`]);
  const text = read.text;
  const result = validateDocument(text, name, { lang, ruleSet: [], kinds });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.document) {
    return problems(
      name,
      errors.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.code} ${word(d.message, lang)}`),
    );
  }
  try {
    const timeline = timelineChartData(result.document.data, todayOf(undefined, io.now ?? new Date()), result.document.definition);
    return renderDocument(result.document.data, result.document.kind, { format: 'html', kinds, ...(timeline ? { timeline: timeline as unknown as Readonly<Record<string, unknown>> } : {}) });
  } catch (error) {
    // A template that fails says so in the reader's language, as the command line does.
    if (error instanceof UsageError) return problems(name, [word(error.text, lang), ...(error.hint === undefined ? [] : [`${word(CLI_MESSAGES.text('hint'), lang)} ${word(error.hint, lang)}`])]);
    return problems(name, [error instanceof Error ? error.message : String(error)]);
  }
}

function problems(name: string, lines: readonly string[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(name)}</title></head><body style="font-family: sans-serif; margin: 2em"><h1 style="color: #a61b1b">${escapeHtml(name)}</h1><pre style="white-space: pre-wrap">${lines.map(escapeHtml).join('\n')}</pre></body></html>`;
}

function shell(name: string, lang: Lang): string {
  const waiting = CLI_MESSAGES.messages.previewWatching[lang];
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(name)} · agendum preview</title>
<style>html,body{margin:0;height:100%}body{display:flex;flex-direction:column;font-family:sans-serif}header{padding:4px 10px;font-size:12px;background:#1d4e89;color:#fff}iframe{flex:1;border:0;width:100%}</style></head>
<body><header>${escapeHtml(name)} · <span id="state">${waiting}</span></header><iframe id="page" src="/document"></iframe>
<script>
const source = new EventSource('/events');
source.addEventListener('reload', (event) => {
  document.getElementById('page').contentWindow.location.reload();
  document.getElementById('state').textContent = new Date().toLocaleTimeString();
});
</script></body></html>
`;
}

/** `agendum preview FILE`: serves until Ctrl-C. */
export async function runPreview(file: string, options: PreviewOptions, io: CliIO): Promise<number> {
  const preview = await startPreview(file, options, io);
  io.stderr.write(`${word(CLI_MESSAGES.text('previewServing', { url: preview.url }), preview.lang)}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // Should closing wait for something, a second Ctrl-C ends the process at once.
      process.once('SIGINT', () => process.exit(130));
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await preview.close();
  return 0;
}
