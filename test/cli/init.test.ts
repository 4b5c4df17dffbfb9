import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBinary, runInProcess } from '../support/cli.js';

describe('agendum init', () => {
  it('sets up a repository whose examples pass every check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    const result = await runInProcess(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('9 file(s) written');
    // As after `npm install --save-dev agendum`: the schemas under node_modules.
    mkdirSync(path.join(dir, 'node_modules/agendum'), { recursive: true });
    symlinkSync(path.join(ROOT, 'schemas'), path.join(dir, 'node_modules/agendum/schemas'));
    const check = await runBinary(['check', '--format', 'json'], { cwd: dir });
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout).summary).toEqual({ files: 4, errors: 0, warnings: 0, infos: 0 });
    expect(readFileSync(path.join(dir, '.gitattributes'), 'utf8')).toBe('*.agenda.yaml diff=agendum\n');
    const workflow = parse(readFileSync(path.join(dir, '.github/workflows/agendum.yml'), 'utf8')) as { jobs: { check: { steps: { run?: string }[] } } };
    expect(workflow.jobs.check.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npx agendum check', expect.stringContaining('npx agendum diff --base')]);
    expect(JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'))['yaml.schemas']).toBeTypeOf('object');
  });

  it('keeps existing files unless --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'agendum-init-'));
    writeFileSync(path.join(dir, 'agendum.config.yaml'), 'language: en\n');
    const kept = await runInProcess(['init'], { cwd: dir });
    expect(kept.stderr).toContain('kept agendum.config.yaml');
    expect(readFileSync(path.join(dir, 'agendum.config.yaml'), 'utf8')).toBe('language: en\n');
    await runInProcess(['init', '--force'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'agendum.config.yaml'), 'utf8')).toContain('language: nl');
  });
});
