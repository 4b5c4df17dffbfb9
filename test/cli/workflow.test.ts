import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_MARKER } from '../../src/cli/init/files.js';
import { BIN, ROOT, runBinary } from '../support/cli.js';
import { newRepository } from '../support/git.js';
import { type Contexts, type Job, runJob } from '../support/workflow.js';

// SchemaStore's github-workflow.json and github-action.json, as @action-validator/core ships them.
const { validateWorkflow, validateAction } = createRequire(import.meta.url)('@action-validator/core') as {
  validateWorkflow(source: string): { errors: unknown[] };
  validateAction(source: string): { errors: unknown[] };
};

const FAKE_GH = fileURLToPath(new URL('../support/fake-gh.mjs', import.meta.url));
const REPOSITORY = 'regio-noord/beleid';

interface Workflow {
  jobs: { check: Job; comment: Job & { if: string } };
}
interface Action {
  runs: { steps: Job['steps'] };
}

/** A folder with `gh` (the stand-in) and `agendum` (the built binary) to put first on PATH. */
function toolFolder(): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'agendum-bin-'));
  writeFileSync(path.join(bin, 'gh'), `#!/bin/sh\nexec "${process.execPath}" "${FAKE_GH}" "$@"\n`);
  writeFileSync(path.join(bin, 'agendum'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'gh'), 0o755);
  chmodSync(path.join(bin, 'agendum'), 0o755);
  return bin;
}

/** As `npm ci` leaves a repository whose devDependencies name agendum: npx finds it. */
function installAgendum(dir: string): void {
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'agendum'));
  symlinkSync(BIN, path.join(dir, 'node_modules', '.bin', 'agendum'));
}

interface PullRequest {
  readonly dir: string;
  /** Commits a change on the pull request's branch and fetches nothing: the clone is the runner's checkout. */
  push(file: string, edit: (text: string) => string, message: string): void;
}

/**
 * A repository set up by `agendum init` with one agenda on main, and the runner's checkout of a
 * pull request from branch korter: a clone, so that origin/main is there as actions/checkout
 * with fetch-depth 0 leaves it.
 */
async function pullRequest(): Promise<PullRequest> {
  const upstream = newRepository('agendum-upstream-');
  expect((await runBinary(['init', '--lang', 'en'], { cwd: upstream.dir })).code).toBe(0);
  installAgendum(upstream.dir);
  const created = await runBinary(['new', 'ExecutionAgenda', '--title', 'Samen tegen huiselijk geweld 2025 t/m 2028'], { cwd: upstream.dir });
  expect(created.code, created.stderr).toBe(0);
  upstream.git('add', '-A');
  upstream.git('commit', '-qm', 'Agenda 2025 t/m 2028');
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'agendum-runner-')), 'beleid');
  execFileSync('git', ['clone', '-q', upstream.dir, dir]);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  git('switch', '-qc', 'korter');
  installAgendum(dir);
  return {
    dir,
    push(file, edit, message) {
      const full = path.join(dir, file);
      writeFileSync(full, edit(readFileSync(full, 'utf8')));
      git('commit', '-qam', message);
    },
  };
}

/** The variables and contexts of a pull_request run, with its summary file and the stand-in's state. */
function runner(dir: string) {
  const temp = mkdtempSync(path.join(tmpdir(), 'agendum-runner-temp-'));
  const summary = path.join(temp, 'step-summary.md');
  const event = path.join(temp, 'event.json');
  const state = path.join(temp, 'gh-state.json');
  const log = path.join(temp, 'gh-log.jsonl');
  writeFileSync(summary, '');
  writeFileSync(log, '');
  const pull_request = { number: 17, head: { ref: 'korter', repo: { full_name: REPOSITORY } }, base: { ref: 'main', repo: { full_name: REPOSITORY } } };
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 17, pull_request, repository: { full_name: REPOSITORY } }));
  // A reviewer's comment that is not agendum's, on the second page with the one agendum adds.
  writeFileSync(state, JSON.stringify({ nextId: 100, comments: [{ id: 1, issue: 17, body: 'Ziet er goed uit.', user: { login: 'wethouder' } }, { id: 2, issue: 17, body: `Over ${COMMENT_MARKER} later meer.`, user: { login: 'griffier' } }, { id: 3, issue: 9, body: `${COMMENT_MARKER}\nanders`, user: { login: 'github-actions[bot]' } }] }));
  const env: Record<string, string> = {
    PATH: `${toolFolder()}:${process.env.PATH}`,
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'korter',
    GITHUB_REF: 'refs/pull/17/merge',
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
    FAKE_GH_STATE: state,
    FAKE_GH_LOG: log,
  };
  const contexts: Contexts = {
    github: { event_name: 'pull_request', repository: REPOSITORY, base_ref: 'main', token: 'ghs_stand-in', event: JSON.parse(readFileSync(event, 'utf8')) },
  };
  return {
    env,
    contexts,
    summary: () => readFileSync(summary, 'utf8'),
    comments: () => (JSON.parse(readFileSync(state, 'utf8')) as { comments: { id: number; issue: number; body: string }[] }).comments,
    calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { method: string }),
  };
}

const AGENDA = 'agendas/samen-tegen-huiselijk-geweld-2025-t-m-2028.agenda.yaml';
let workflowText: string;
let workflowTextNl: string;

beforeAll(async () => {
  for (const lang of ['en', 'nl']) {
    const { dir } = newRepository('agendum-init-');
    expect((await runBinary(['init', '--lang', lang], { cwd: dir })).code).toBe(0);
    const text = readFileSync(path.join(dir, '.github/workflows/agendum.yml'), 'utf8');
    if (lang === 'en') workflowText = text;
    else workflowTextNl = text;
  }
});

describe('the workflow init writes, and agendum’s own action', () => {
  it('are valid by the GitHub workflow and action JSON Schemas of SchemaStore', () => {
    expect(validateWorkflow(workflowText).errors).toEqual([]);
    expect(validateWorkflow(workflowTextNl).errors).toEqual([]);
    expect(validateAction(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')).errors).toEqual([]);
    // The schemas do catch a mistake.
    expect(validateWorkflow(workflowText.replace('contents: read', 'contents: raed')).errors).not.toEqual([]);
    expect(validateAction(readFileSync(path.join(ROOT, 'action.yml'), 'utf8').replace(/^ {6}shell: bash\n/m, '')).errors).not.toEqual([]);
  });

  it('give pre-commit a hook of agendum’s own on the documents only', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; pass_filenames: boolean }[];
    expect(hooks).toEqual([expect.objectContaining({ id: 'agendum-check', entry: 'agendum check', language: 'node', pass_filenames: false })]);
    const files = new RegExp(hooks[0]!.files);
    expect(files.test('agendas/uitvoeringsagenda.agenda.yaml')).toBe(true);
    expect(files.test('.github/workflows/agendum.yml')).toBe(false);
    expect(files.test('agendum.config.yaml')).toBe(false);
  });
});

describe('the workflow’s steps, run here with the variables GitHub sets', { timeout: 180_000 }, () => {
  it('write the check and the diff to the job summary, and keep one comment on the pull request that each push updates', async () => {
    const pr = await pullRequest();
    pr.push(AGENDA, (text) => text.replace('period: 2025 t/m 2028', 'period: 2025 t/m 2027'), 'Een jaar korter');
    const { jobs } = parse(workflowText) as Workflow;
    const run = runner(pr.dir);
    // `npm ci` is what installAgendum stands in for; the test of the packed package runs it for real.
    const skip = (step: { run?: string }) => step.run === 'npm ci';

    const check = runJob(jobs.check, { cwd: pr.dir, env: run.env, contexts: run.contexts, skip });
    expect(check.results.map((r) => [r.step.name, r.ran, r.code])).toEqual([
      ['agendum check', true, 0],
      ['agendum diff', true, 0],
    ]);
    // check's own summary, then the diff.
    const summary = run.summary();
    expect(summary).toMatch(/^## agendum\n[\s\S]*\n### agendum diff\n[\s\S]*2025 t\/m 2028[\s\S]*2025 t\/m 2027/);
    expect(check.outputs.comment!.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(check.outputs.comment).toContain('2025 t/m 2027');
    // The annotations of check are the workflow commands GitHub reads from standard output.
    expect(check.results[0]!.stdout).not.toContain('::error');

    const commentContexts = { ...run.contexts, needs: { check: { outputs: check.outputs, result: check.failed ? 'failure' : 'success' } } };
    const first = runJob(jobs.comment, { cwd: pr.dir, env: run.env, contexts: commentContexts });
    expect(first.results.map((r) => [r.ran, r.code, r.stderr])).toEqual([[true, 0, '']]);
    const ours = () => run.comments().filter((c) => c.issue === 17 && c.body.startsWith(COMMENT_MARKER));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toBe(check.outputs.comment);

    // A second push: the same comment, edited.
    pr.push(AGENDA, (text) => text.replace('period: 2025 t/m 2027', 'period: 2025 t/m 2026'), 'Nog een jaar korter');
    const again = runJob(jobs.check, { cwd: pr.dir, env: run.env, contexts: run.contexts, skip });
    const second = runJob(jobs.comment, { cwd: pr.dir, env: run.env, contexts: { ...run.contexts, needs: { check: { outputs: again.outputs } } } });
    expect(second.results.map((r) => r.code)).toEqual([0]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('2025 t/m 2026');
    expect(run.comments().map((c) => c.id)).toEqual([1, 2, 3, 100]);
    expect(run.calls().map((c) => c.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
  });

  it('run the diff, and comment, also when check finds errors', async () => {
    const pr = await pullRequest();
    pr.push(AGENDA, (text) => text.replace('period: 2025 t/m 2028', 'period: 2025 t/m 2027\nbudget: veel'), 'Kapot');
    const { jobs } = parse(workflowText) as Workflow;
    const run = runner(pr.dir);
    const check = runJob(jobs.check, { cwd: pr.dir, env: run.env, contexts: run.contexts, skip: (step) => step.run === 'npm ci' });
    expect(check.results.map((r) => [r.step.name, r.ran, r.code])).toEqual([
      ['agendum check', true, 1],
      ['agendum diff', true, 0],
    ]);
    expect(check.failed).toBe(true);
    expect(check.results[0]!.stdout).toMatch(/^::error file=agendas\/samen-tegen-huiselijk-geweld-2025-t-m-2028\.agenda\.yaml,line=\d+/m);
    expect(run.summary()).toMatch(/^## agendum\n[\s\S]*\n### agendum diff\n[\s\S]*2025 t\/m 2027/);
    const comment = runJob(jobs.comment, { cwd: pr.dir, env: run.env, contexts: { ...run.contexts, needs: { check: { outputs: check.outputs, result: 'failure' } } } });
    expect(comment.results.map((r) => r.code)).toEqual([0]);
  });

  it('leave a pull request from a fork without a comment (its token cannot write), and a push without diff', async () => {
    const { jobs } = parse(workflowText) as Workflow;
    const pr = await pullRequest();
    const run = runner(pr.dir);
    const fork = { ...run.contexts, github: { ...(run.contexts.github as object), event: { pull_request: { head: { repo: { full_name: 'iemand/beleid' } } } } }, needs: { check: { outputs: { comment: 'x' } } } };
    expect(runJob(jobs.comment, { cwd: pr.dir, env: run.env, contexts: fork }).results).toEqual([]);
    const push = runJob(jobs.check, { cwd: pr.dir, env: { ...run.env, GITHUB_EVENT_NAME: 'push' }, contexts: { ...run.contexts, github: { ...(run.contexts.github as object), event_name: 'push' } }, skip: (step) => step.run === 'npm ci' });
    expect(push.results.map((r) => [r.step.name, r.ran])).toEqual([
      ['agendum check', true],
      ['agendum diff', false],
    ]);
  });
});

describe('the steps of agendum’s own action, run here', { timeout: 180_000 }, () => {
  it('check the paths given, fail on what fail-on says, and keep one comment when asked', async () => {
    const pr = await pullRequest();
    pr.push(AGENDA, (text) => text.replace('period: 2025 t/m 2028', 'period: 2025 t/m 2027'), 'Een jaar korter');
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
    const run = runner(pr.dir);
    // The install step builds agendum or runs npm ci; here `agendum` is already on PATH.
    const skip = (step: { name?: string }) => step.name === 'install agendum';
    const inputs = (values: Record<string, string>) => ({ ...run.contexts, inputs: { paths: '', 'fail-on': 'error', comment: 'false', 'github-token': 'ghs_stand-in', ...values } });

    const plain = runJob({ steps: action.runs.steps }, { cwd: pr.dir, env: run.env, contexts: inputs({}), skip });
    expect(plain.results.map((r) => [r.step.name, r.ran, r.code])).toEqual([
      ['agendum check', true, 0],
      ['agendum diff', true, 0],
      ['agendum diff as a comment', false, 0],
    ]);
    expect(run.calls()).toEqual([]);

    const strict = runJob({ steps: action.runs.steps }, { cwd: pr.dir, env: run.env, contexts: inputs({ 'fail-on': 'breaking', comment: 'true', paths: 'agendas' }), skip });
    // A shortened period is breaking: the diff fails the step, and the comment is still kept.
    expect(strict.results.map((r) => [r.step.name, r.ran, r.code])).toEqual([
      ['agendum check', true, 0],
      ['agendum diff', true, 1],
      ['agendum diff as a comment', true, 0],
    ]);
    const ours = run.comments().filter((c) => c.issue === 17 && c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('2025 t/m 2027');
    expect(run.summary()).toContain('2025 t/m 2027');
  });
});
