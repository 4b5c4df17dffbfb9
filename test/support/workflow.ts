import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Runs the `run:` steps of a GitHub workflow job (or a composite action) on this machine, as a
 * runner would: each step a bash script with the variables GitHub sets, a fresh $GITHUB_OUTPUT
 * per step whose values become `steps.ID.outputs`, `env:` and `if:` evaluated against the
 * contexts. The expressions understood are those agendum's files use (`&&`, `==`, `!=`, string
 * literals, context paths, `!cancelled()`, `success()`, `failure()`, `always()`); any other
 * makes the run throw, so that a changed workflow cannot pass by being misread.
 */

export interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly shell?: string;
  readonly env?: Record<string, string>;
}

export interface Job {
  readonly steps: readonly Step[];
  readonly outputs?: Record<string, string>;
  readonly if?: string;
}

export interface StepResult {
  readonly step: Step;
  readonly ran: boolean;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface JobRun {
  readonly results: StepResult[];
  readonly failed: boolean;
  readonly outputs: Record<string, string>;
}

export type Contexts = Record<string, unknown>;

export interface RunOptions {
  readonly cwd: string;
  /** The variables of the runner: GITHUB_*, RUNNER_TEMP, PATH. */
  readonly env: Record<string, string>;
  readonly contexts: Contexts;
  /** Steps not to run, with the reason the test gives (they are done another way). */
  readonly skip?: (step: Step) => boolean;
}

export function runJob(job: Job, options: RunOptions): JobRun {
  // A job's condition: without a status function it needs the jobs it needs to have succeeded.
  const needs = Object.values((options.contexts.needs ?? {}) as Record<string, { result?: string }>);
  if (job.if !== undefined && !condition(job.if, options.contexts, needs.some((n) => n.result === 'failure'))) return { results: [], failed: false, outputs: {} };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const results: StepResult[] = [];
  let failed = false;
  const scratch = mkdtempSync(path.join(tmpdir(), 'agendum-runner-'));
  job.steps.forEach((step, index) => {
    const contexts = { ...options.contexts, steps };
    if (!step.run || options.skip?.(step)) return;
    if (!condition(step.if, contexts, failed)) {
      results.push({ step, ran: false, code: 0, stdout: '', stderr: '' });
      return;
    }
    const output = path.join(scratch, `output-${index}`);
    const script = path.join(scratch, `step-${index}.sh`);
    writeFileSync(output, '');
    writeFileSync(script, step.run);
    const env: Record<string, string> = { ...options.env, GITHUB_OUTPUT: output };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = interpolate(value, contexts);
    // The shells GitHub uses: `shell: bash` adds pipefail to the default `bash -e`.
    const shell = step.shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', script] : step.shell === undefined ? ['-e', script] : unsupported(`shell ${step.shell}`);
    const result = spawnSync('bash', shell, { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const code = result.status ?? 2;
    results.push({ step, ran: true, code, stdout: result.stdout, stderr: result.stderr });
    if (step.id) steps[step.id] = { outputs: parseOutputs(readFileSync(output, 'utf8')), outcome: code === 0 ? 'success' : 'failure' };
    if (code !== 0) failed = true;
  });
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(job.outputs ?? {})) outputs[name] = interpolate(value, { ...options.contexts, steps });
  return { results, failed, outputs };
}

/** Whether a job or step runs: a condition without a status function holds only while nothing failed. */
export function condition(expression: string | undefined, contexts: Contexts, failed: boolean): boolean {
  if (expression === undefined) return !failed;
  const inner = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(expression)?.[1] ?? expression;
  const terms = inner.split('&&').map((term) => term.trim());
  const statusGiven = terms.some((term) => /^!?\s*(cancelled|success|failure|always)\(\)$/.test(term));
  return (statusGiven || !failed) && terms.every((term) => truthy(term, contexts, failed));
}

function truthy(term: string, contexts: Contexts, failed: boolean): boolean {
  switch (term) {
    case '!cancelled()':
    case 'always()':
      return true;
    case 'cancelled()':
      return false;
    case 'success()':
      return !failed;
    case 'failure()':
      return failed;
  }
  const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(term);
  if (comparison) {
    const [, left, operator, right] = comparison;
    const equal = String(operand(left!, contexts)) === String(operand(right!, contexts));
    return operator === '==' ? equal : !equal;
  }
  const value = operand(term, contexts);
  return value !== '' && value !== undefined && value !== null && value !== false;
}

function operand(text: string, contexts: Contexts): unknown {
  const literal = /^'((?:[^']|'')*)'$/.exec(text.trim());
  if (literal) return literal[1]!.replace(/''/g, "'");
  if (!/^[a-zA-Z_][\w-]*(\.[\w-]+)*$/.test(text.trim())) unsupported(`expression ${text}`);
  let value: unknown = contexts;
  for (const key of text.trim().split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value ?? '';
}

/** A text with `${{ context.path }}` in it, filled in. */
export function interpolate(text: string, contexts: Contexts): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => String(operand(expression, contexts)));
}

/** The `name=value` and `name<<DELIMITER` lines of a $GITHUB_OUTPUT file. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`no closing ${heredoc[2]} in $GITHUB_OUTPUT`);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (/^[\w-]+=/.test(line)) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

function unsupported(what: string): never {
  throw new Error(`the local runner does not understand ${what}`);
}
