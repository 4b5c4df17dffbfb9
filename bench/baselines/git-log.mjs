// `git log -p --ext-diff -n N` in a repository with a diff driver command, output dropped; with
// --cold, the driver's cache is emptied first. Usage: git-log.mjs REPO N COMMAND [--cold]
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const [repo, count, command, cold] = process.argv.slice(2);
if (cold === '--cold') rmSync(path.join(repo, '.git', 'agendum'), { recursive: true, force: true });
const args = command === 'none' ? ['log', '-p', '--no-ext-diff', `-n${count}`] : ['-c', `diff.agendum.command=${command}`, 'log', '-p', '--ext-diff', `-n${count}`];
execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
