import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { compareDiagnostics, compareStrings, START_OF_FILE } from '../core/diagnostic.js';
import type { ReadResult } from '../core/files.js';
import { displayPath, mayQuote, readRegularTextSync, readText } from '../core/files.js';
import type { Lang, Message } from '../core/i18n.js';
import { verbatim } from '../core/i18n.js';
import { parseSource } from '../core/source.js';
import type { KindRegistry } from '../model/registry.js';
import type { Rule } from '../rules/index.js';
import type { PlacedReport, ProjectReport, RuleSetting, TextInput, ValidateOptions } from '../validate/engine.js';
import { projectReports } from '../validate/engine.js';
import type { RunPositions } from '../validate/stream.js';
import { checkDocument, finishDocuments, finishRun } from '../validate/stream.js';
import type { CheckCache } from './cache.js';
import { hash, stampOf } from './cache.js';
import { checkFile } from './check-one.js';
import type { WorkerTask } from './check-pool.js';
import { checkInPool } from './check-pool.js';
import type { PackedDocument } from './packed.js';
import { pack, unpackFacts, unpackFindings } from './packed.js';
import { newPositionMemo, RememberedPositions } from './positions.js';
import { repositoryOf } from './repository.js';
import { ruleSetName } from './rule-sets.js';

export interface CheckFilesOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Not used in checking: findings are worded where they are printed. */
  readonly lang?: Lang;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly ruleSet: readonly Rule[];
  readonly settings: { readonly today?: { readonly year: number; readonly month: number; readonly day: number } };
  readonly maxFileSize: number | undefined;
  /** Keep every document's whole text (for the terminal timeline, which draws each document). */
  readonly keepTexts: boolean;
  /** Paths already known not to be readable (a folder that cannot be listed), with why. */
  readonly failures?: ReadonlyMap<string, ReadResult>;
  /** The kinds of the run (agendum's own and the repository's). */
  readonly kinds: KindRegistry;
  /** The folders that hold the repository's documents (for links by id to documents outside the run). */
  readonly documentRoots?: readonly string[];
  /** Results of earlier runs, by file and text (not with `keepTexts`). */
  readonly cache?: CheckCache | undefined;
  /**
   * Takes the findings a file at a time, each file's sorted, the files in the order of their
   * names: the order of the whole sorted list, which the run then does not keep (nor the
   * excerpts). Not with `keepTexts`.
   */
  readonly onFile?: (diagnostics: readonly Diagnostic[]) => void;
}

export interface CheckFilesResult {
  /** Every finding, files that could not be read first, the rest sorted. */
  readonly diagnostics: Diagnostic[];
  /** Per file read, in order: its text, or (without `keepTexts`) the lines its findings point at. */
  readonly sources: Map<string, string>;
  /** The documents' texts, with `keepTexts` only. */
  readonly inputs: TextInput[];
}

/**
 * Reads and checks the files one at a time (and on worker threads beside, for many files on
 * several cores), keeping of each document only its findings and the facts the rules that look
 * across documents need, packed as bytes; those rules run at the end, and the few documents they
 * report on are read again for their positions. The findings are the same as `validateTexts`
 * gives, whichever thread checked a document and whether it came from the cache.
 */
export async function checkFiles(files: readonly string[], options: CheckFilesOptions): Promise<CheckFilesResult> {
  const validate = { rules: options.rules, ruleSet: options.ruleSet, settings: options.settings, kinds: options.kinds };
  const unreadable: Diagnostic[] = [];
  const inputs: TextInput[] = [];
  const pathOf = new Map<string, string>();
  const failed = (shown: string, code: string, message: Message, severity: 'error' | 'warning' = 'error') =>
    unreadable.push({ code, severity, message: verbatim(message), file: shown, path: '', range: START_OF_FILE });
  const listed: { path: string; shown: string }[] = [];
  for (const path of files) {
    const shown = displayPath(path, options.cwd);
    const known = options.failures?.get(path);
    if (known && !known.ok) failed(shown, known.code, known.message, known.severity);
    else listed.push({ path, shown });
  }
  for (const { path, shown } of listed) pathOf.set(shown, path);

  // Every document in the order listed, whether it comes from the cache or is checked now: the
  // rules across documents see them in this order.
  const documents: (PackedDocument | undefined)[] = new Array(listed.length);
  // Files whose text is as it was in an earlier run with the same key keep that run's result.
  const cache = options.keepTexts ? undefined : options.cache;
  let pending = listed.map((entry, index) => ({ ...entry, index }));
  // A file whose stamp (device, inode, size, times) is the one kept with its result is not read;
  // the others are read, and their text's hash decides.
  const stamps = new Map<string, string | undefined>();
  if (cache) {
    pending = [];
    for (const [index, entry] of listed.entries()) {
      const absolute = resolve(options.cwd, entry.path);
      const stamp = stampOf(absolute);
      stamps.set(entry.path, stamp);
      const known = cache.getByStamp(absolute, entry.shown, stamp);
      if (known) {
        documents[index] = known;
        continue;
      }
      const read = readRegularTextSync(entry.path, options.maxFileSize) ?? (await readText(entry.path, options.maxFileSize));
      const hit = read.ok ? cache.get(absolute, entry.shown, hash(read.text), stamp) : undefined;
      if (hit) documents[index] = hit;
      else pending.push({ ...entry, index });
    }
  }

  const ruleSet = ruleSetName(options.ruleSet);
  if (options.keepTexts || !ruleSet) {
    for (const { path, shown, index } of pending) {
      const read = readRegularTextSync(path, options.maxFileSize) ?? (await readText(path, options.maxFileSize));
      if (!read.ok) {
        failed(shown, read.code, read.message);
        continue;
      }
      if (options.keepTexts) inputs.push({ file: shown, text: read.text });
      const checked = pack(checkDocument(read.text, shown, validate));
      documents[index] = checked;
      cache?.set(resolve(options.cwd, path), hash(read.text), checked, stamps.get(path));
    }
  } else {
    const job = { ruleSet, rules: options.rules, settings: options.settings, maxFileSize: options.maxFileSize, customKinds: options.kinds.custom };
    const here = (task: WorkerTask) => checkFile(task, options.maxFileSize, validate);
    for (const [i, reply] of (await checkInPool(pending, { job, here, env: options.env })).entries()) {
      const { path, shown, index } = pending[i]!;
      if (reply.document) {
        documents[index] = reply.document;
        cache?.set(resolve(options.cwd, path), reply.hash, reply.document, stamps.get(path));
      } else failed(shown, reply.failure.code, reply.failure.message);
    }
  }
  const checked = documents.filter((d): d is PackedDocument => d !== undefined);

  // The rules that look across documents, on the facts of all of them; then the documents they
  // report on (and point to) are read and parsed again for the positions of those findings.
  const repository = repositoryOf(options.documentRoots ?? [], options.cwd, (shown) => pathOf.get(shown));
  const reports = projectReports(
    checked.flatMap((d) => {
      const facts = unpackFacts(d);
      return facts ? [facts] : [];
    }),
    { ...validate, repository },
  );
  // What each file is pointed at by those findings: the reports on it and the places related to them.
  const wanted = new Map<string, PlacedReport[]>();
  const want = (file: string, report: PlacedReport) => {
    const list = wanted.get(file);
    if (list) list.push(report);
    else wanted.set(file, [report]);
  };
  for (const { file, report } of reports) {
    want(file, report);
    for (const related of report.related ?? []) want(related.file ?? file, { path: related.path });
  }
  const read = async (path: string) => readRegularTextSync(path, options.maxFileSize) ?? (await readText(path, options.maxFileSize));
  const positions = new Map<string, RememberedPositions>();
  for (const [file, placed] of wanted) {
    const path = pathOf.get(file);
    if (path === undefined) continue;
    const memo = cache?.positionMemo(resolve(options.cwd, path)) ?? newPositionMemo();
    const load = () => {
      const text = readRegularTextSync(path, options.maxFileSize);
      return text?.ok ? parseSource(text.text, file) : undefined;
    };
    const learnt = () => cache?.learnt();
    const remembered = new RememberedPositions(file, memo, undefined, load, learnt);
    if (remembered.covers(placed)) {
      positions.set(file, remembered);
      continue;
    }
    // A file that cannot be read again gives no positions, and the findings on it are dropped.
    const text = await read(path);
    if (text.ok) positions.set(file, new RememberedPositions(file, memo, parseSource(text.text, file), load, learnt));
  }
  const positionsFor = (file: string) => positions.get(file);
  if (options.onFile && !options.keepTexts) {
    streamFindings(checked, unreadable, reports, positionsFor, validate, options.onFile);
    return { diagnostics: [], sources: new Map(), inputs };
  }
  const finished = finishRun(checked.length, (i) => unpackFindings(checked[i]!), reports, positionsFor, validate);
  const sources = options.keepTexts ? new Map(inputs.filter((input) => mayQuote(input.text)).map((input) => [input.file, input.text])) : finished.excerpts;
  return { diagnostics: [...unreadable, ...finished.diagnostics], sources, inputs };
}

/**
 * Hands the findings of a run to `onFile` a file at a time, in the order `compareDiagnostics`
 * puts the whole list in (by file name, then position): files by name, the findings of each
 * (and of an unreadable file by that name) sorted. Each document is unpacked only when its turn
 * comes, and let go of after.
 */
function streamFindings(
  checked: readonly PackedDocument[],
  unreadable: readonly Diagnostic[],
  reports: readonly ProjectReport[],
  positionsFor: (file: string) => RunPositions | undefined,
  validate: ValidateOptions,
  onFile: (diagnostics: readonly Diagnostic[]) => void,
): void {
  const byName = (a: { file: string }, b: { file: string }) => compareStrings(a.file, b.file);
  const order = checked.map((document, index) => ({ file: document.file, index })).sort((a, b) => byName(a, b) || a.index - b.index);
  const failures = [...unreadable].sort(byName);
  let failure = 0;
  let pending: Diagnostic[] = [];
  let pendingFile: string | undefined;
  const flush = () => {
    if (pending.length > 0) onFile(pending.sort(compareDiagnostics));
    pending = [];
  };
  const add = (file: string, diagnostics: readonly Diagnostic[]) => {
    // Unreadable files that come before this one by name, then this one's findings.
    for (; failure < failures.length && compareStrings(failures[failure]!.file, file) <= 0; failure++) take(failures[failure]!.file, [failures[failure]!]);
    take(file, diagnostics);
  };
  const take = (file: string, diagnostics: readonly Diagnostic[]) => {
    if (file !== pendingFile) flush();
    pendingFile = file;
    pending.push(...diagnostics);
  };
  for (const document of finishDocuments(order.length, (i) => unpackFindings(checked[order[i]!.index]!), reports, positionsFor, validate)) add(document.file, document.diagnostics);
  for (; failure < failures.length; failure++) take(failures[failure]!.file, [failures[failure]!]);
  flush();
}
