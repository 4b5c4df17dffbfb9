import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runInProcess } from '../support/cli.js';

describe('agendum completion', () => {
  it('completes commands and each command\'s options in bash', async () => {
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'agendum-completion-')), 'agendum.bash');
    writeFileSync(script, (await runInProcess(['completion', 'bash'])).stdout);
    const complete = (...words: string[]) =>
      execFileSync('bash', ['-c', `source "${script}"; COMP_WORDS=(${words.map((w) => `"${w}"`).join(' ')}); COMP_CWORD=${words.length - 1}; _agendum; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' }).trim();
    expect(complete('agendum', 'ti')).toBe('timeline');
    expect(complete('agendum', 'diff', '--fail')).toBe('--fail-on');
    expect(complete('agendum', 'render', '--te').split(' ')).toEqual(['--template']);
  });

  it('prints a zsh script naming every command, and refuses other shells', async () => {
    const zsh = (await runInProcess(['completion', 'zsh'])).stdout;
    for (const command of ['validate', 'timeline', 'check', 'diff', 'render', 'init', 'new', 'schema']) expect(zsh).toContain(`    '${command}:`);
    expect((await runBinary(['completion', 'fish'])).code).toBe(2);
  });
});
