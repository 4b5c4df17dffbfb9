import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that readers see the old content or the new, never a half-written one:
 * the data goes to a temporary file beside the target, is flushed to disk, then renamed over it.
 * A file that exists keeps its permissions (and, for root, its owner), and one that may not be
 * written is not replaced (renaming would get around its permissions); a symbolic link stays a
 * link and the file it points to is written.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const file = await realpath(target).catch(() => target);
  const existing = await stat(file).catch(() => undefined);
  if (existing) await access(file, constants.W_OK);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o666);
  try {
    if (existing?.isFile()) {
      await handle.chmod(existing.mode & 0o7777);
      if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
