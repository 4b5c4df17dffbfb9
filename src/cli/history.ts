/**
 * The versions of a document in git, newest first, each with the semantic summary of what it
 * changed against the version before (renames followed).
 */
import type { Lang } from '../core/i18n.js';
import { decodeText } from '../core/files.js';
import { parseSource } from '../core/source.js';
import { diffDocuments, summariseChanges } from '../diff/index.js';
import type { Change, Level } from '../diff/types.js';
import { upgradeSource } from '../migrate/index.js';
import type { KindRegistry } from '../model/registry.js';
import { blobsAt, revisionsOf } from './git.js';

export interface Version {
  readonly commit: string;
  /** The committer's day, YYYY-MM-DD. */
  readonly date: string;
  readonly subject: string;
  /** The file's path in that commit, relative to the repository's root. */
  readonly path: string;
  /** Changes against the version before; undefined for the first version, or one that does not parse. */
  readonly levels?: Readonly<Record<Level, number>>;
  readonly changes?: readonly Change<string>[];
  /** The document's text in that commit. */
  readonly text?: string;
  /** The document as it read in that commit, and in the version before (for a redline between the two). */
  readonly data?: unknown;
  readonly previous?: unknown;
}

/** The versions of `file`, newest first (at most `limit`); none outside a repository or before its first commit. */
export async function documentHistory(file: string, cwd: string, options: { lang: Lang; kinds?: KindRegistry; levels?: Readonly<Record<string, Level>>; limit?: number }): Promise<Version[]> {
  const limit = options.limit ?? 50;
  // One more than shown, so that the oldest shown version is compared with the one before it.
  const revisions = await revisionsOf(file, cwd, limit + 1).catch(() => []);
  const blobs = await blobsAt(revisions.map((r) => `${r.commit}:${r.path}`), cwd);
  const texts = blobs.map((blob) => {
    const read = blob ? decodeText(blob) : undefined;
    return read?.ok ? read.text : undefined;
  });
  const dataOf = (index: number) => {
    const text = texts[index];
    return text === undefined ? undefined : upgradeSource(parseSource(text, revisions[index]!.path)).source.data;
  };
  const versions: Version[] = [];
  for (let i = 0; i < Math.min(revisions.length, limit); i++) {
    const { commit, date, subject, path } = revisions[i]!;
    const newData = dataOf(i);
    const oldData = i + 1 < revisions.length ? dataOf(i + 1) : undefined;
    let summary: Pick<Version, 'levels' | 'changes' | 'previous'> = {};
    if (oldData !== undefined && newData !== undefined) {
      const { changes } = diffDocuments(oldData, newData, { lang: options.lang, ...(options.kinds ? { kinds: options.kinds } : {}), ...(options.levels ? { levels: options.levels } : {}) });
      summary = { levels: summariseChanges(changes).levels, changes, previous: oldData };
    }
    versions.push({ commit, date, subject, path, ...summary, ...(texts[i] !== undefined ? { text: texts[i]!, data: newData } : {}) });
  }
  return versions;
}
