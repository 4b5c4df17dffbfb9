import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PackedDocument } from './packed.js';
import type { PositionMemo } from './positions.js';
import { newPositionMemo } from './positions.js';

/**
 * The result cache of the checking commands, as ESLint and Prettier have one: what checking a
 * document on its own gave (its findings, the facts the rules that look across documents take
 * from it, the lines its findings point at), kept per file by the hash of its text. A run
 * whose key differs (another agendum version, configuration, file the configuration names,
 * rule set, language, day or size limit) uses none of it. The rules that look across
 * documents run on every run, on the cached facts and the new ones.
 */

/** Everything besides a document's text that its result depends on. */
export interface CacheKeyParts {
  readonly version: string;
  /** The configuration file's text, or undefined without one. */
  readonly configText: string | undefined;
  /** Files the configuration names (such as the schemas of custom kinds), by path: their texts. */
  readonly configFiles: Readonly<Record<string, string>>;
  readonly ruleSet: string;
  /** The options the documents are checked with (language, rule severities, day, size limit). */
  readonly options: unknown;
}

/** The key of a run: a hash of everything in the parts. */
export function cacheKey(parts: CacheKeyParts): string {
  return hash(JSON.stringify([parts.version, parts.configText ?? null, Object.entries(parts.configFiles).sort(), parts.ruleSet, parts.options]));
}

export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

interface Entry {
  readonly hash: string;
  readonly checked: PackedDocument;
  /** What the file system said of the file when its text had that hash, if it can be trusted (see `stampOf`). */
  readonly stamp?: string | undefined;
  /** Positions in that text that findings across documents pointed at. */
  positions?: PositionMemo;
}

/**
 * How long a file must have been left alone before its stamp stands for its text: a file
 * changed again within the resolution of the file system's clock (two seconds on some) could
 * keep its stamp, so a stamp younger than that is not kept, and the text is read next time.
 */
const SETTLED_NS = 2_000_000_000n;

/**
 * A file's stamp: its device, inode, size and times of last change, to the nanosecond where the
 * file system keeps them. Writing to a file, or putting another file in its place, changes its
 * change time (ctime), which no program can set back. Undefined for a file changed too lately
 * to tell (see SETTLED_NS), or one that cannot be looked at.
 */
export function stampOf(file: string, now: bigint = BigInt(Date.now()) * 1_000_000n): string | undefined {
  const info = statSync(file, { bigint: true, throwIfNoEntry: false });
  if (!info?.isFile()) return undefined;
  if (now - info.ctimeNs < SETTLED_NS || now - info.mtimeNs < SETTLED_NS) return undefined;
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

interface Stored {
  readonly format: 3;
  readonly key: string;
  readonly entries: Map<string, Entry>;
}

export class CheckCache {
  private readonly fresh = new Map<string, Entry>();
  private used = 0;
  /** Whether this run learnt something the file does not hold yet. */
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  /** Opens the cache file of one command in `folder`; a missing, unreadable or foreign file is an empty cache. */
  static async open(folder: string, name: string, key: string): Promise<CheckCache> {
    const file = path.join(folder, `${name}.cache`);
    let entries: ReadonlyMap<string, Entry> = new Map();
    try {
      const stored = deserialize(await readFile(file)) as Stored;
      if (stored?.format === 3 && stored.key === key && stored.entries instanceof Map) entries = stored.entries;
    } catch {
      // No cache yet, or one this version cannot read: start afresh.
    }
    return new CheckCache(file, key, entries);
  }

  /**
   * The cached result of a file whose stamp is the one kept with it, shown under this name: its
   * text is the text it was checked with, and need not be read.
   */
  getByStamp(file: string, shown: string, stamp: string | undefined): PackedDocument | undefined {
    const entry = this.entries.get(file);
    if (stamp === undefined || !entry || entry.stamp !== stamp || entry.checked.file !== shown) return undefined;
    this.fresh.set(file, entry);
    this.used++;
    return entry.checked;
  }

  /** The cached result of a file with this text, shown under this name, if there is one; `stamp` is kept with it from now on. */
  get(file: string, shown: string, textHash: string, stamp?: string): PackedDocument | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.hash !== textHash || entry.checked.file !== shown) return undefined;
    if (entry.stamp !== stamp) this.changed = true;
    this.fresh.set(file, { ...entry, stamp });
    this.used++;
    return entry.checked;
  }

  set(file: string, textHash: string, checked: PackedDocument, stamp?: string): void {
    this.fresh.set(file, { hash: textHash, checked, stamp });
    this.changed = true;
  }

  /**
   * The positions remembered in the text of a file this run has a result for (from the cache or
   * checked now); an empty memo to fill when there are none yet.
   */
  positionMemo(file: string): PositionMemo | undefined {
    const entry = this.fresh.get(file);
    if (!entry) return undefined;
    return (entry.positions ??= newPositionMemo());
  }

  /** Positions were added to a memo. */
  learnt(): void {
    this.changed = true;
  }

  /** How many results came from the cache. */
  get hits(): number {
    return this.used;
  }

  /**
   * Writes the cache: the results of this run, and those of files it did not check (another
   * run's paths). Written beside its place and renamed over it, so a reader never sees half;
   * not written when nothing changed.
   */
  async save(): Promise<void> {
    const entries = new Map(this.entries);
    for (const [file, entry] of this.fresh) entries.set(file, entry);
    let changed = this.changed;
    for (const [file] of entries) {
      if (this.fresh.has(file) || existsSync(file)) continue;
      entries.delete(file);
      changed = true;
    }
    // A run that found everything as the file has it leaves the file alone.
    if (!changed && entries.size === this.entries.size) return;
    const stored: Stored = { format: 3, key: this.key, entries };
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, serialize(stored));
    await rename(temporary, this.file);
  }
}

/** The folder of the repository `cwd` is in (the nearest with a `.git`), if any. */
export function repositoryRoot(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Where the cache is kept by default: node_modules/.cache/agendum/ in the repository (or the working folder). */
export function defaultCacheFolder(cwd: string): string {
  return path.join(repositoryRoot(cwd) ?? cwd, 'node_modules', '.cache', 'agendum');
}
