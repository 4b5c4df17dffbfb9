import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Repository {
  readonly dir: string;
  /** Runs git in the repository and returns what it prints. */
  git(...args: string[]): string;
}

/** A new, empty git repository in a temporary folder, on branch main, with an author set. */
export function newRepository(prefix = 'agendum-git-'): Repository {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  return { dir, git };
}
