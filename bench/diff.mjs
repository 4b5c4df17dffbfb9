// Benchmark (not a test): agendum diff of two generated execution agendas with 10,000 actions.
// Run with `npm run bench` after `npm run build`. Prints the median of several whole-process runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';

const THEMES = 100;
const ACTIONS_PER_THEME = 100;
const RUNS = 5;

function agenda(variant) {
  const themes = [];
  for (let t = 0; t < THEMES; t++) {
    const actions = [];
    for (let a = 0; a < ACTIONS_PER_THEME; a++) {
      const n = t * ACTIONS_PER_THEME + a;
      if (variant && n % 500 === 7) continue; // 20 actions removed
      actions.push({ id: `actie-${n}`, text: `Zorg voor ${variant && n % 97 === 0 ? 'betere' : 'goede'} samenwerking rond onderwerp ${n}.`, period: variant && n % 1000 === 3 ? '2020 t/m 2022' : '2020 t/m 2023' });
    }
    themes.push({ id: `thema-${t}`, title: `Thema ${t}`, regionalActions: actions, funding: [{ source: 'DUVO', amount: { value: variant && t % 10 === 0 ? 40000 : 45000, currency: 'EUR' } }] });
  }
  if (variant) {
    // 50 actions move to another theme.
    for (let m = 0; m < 50; m++) {
      const from = themes[m].regionalActions;
      themes[(m + 50) % THEMES].regionalActions.push(from.splice(10, 1)[0]);
    }
  }
  return { schemaVersion: 1, kind: 'ExecutionAgenda', id: 'bench', title: 'Benchmark', period: '2020 t/m 2023', actionLines: [{ id: 'lijn', title: 'Actielijn 1', themes }] };
}

const dir = mkdtempSync(path.join(tmpdir(), 'agendum-bench-'));
const oldFile = path.join(dir, 'old.yaml');
const newFile = path.join(dir, 'new.yaml');
writeFileSync(oldFile, stringify(agenda(false)));
writeFileSync(newFile, stringify(agenda(true)));
const bin = new URL('../bin/agendum.js', import.meta.url).pathname;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const times = [];
let output = '';
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint();
  output = execFileSync(process.execPath, [bin, 'diff', oldFile, newFile, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const summary = JSON.parse(output).summary;
console.log(`agendum diff, two agendas of ${THEMES * ACTIONS_PER_THEME} actions: median ${median(times).toFixed(0)} ms over ${RUNS} runs (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
console.log(`changes: ${summary.changes} (${summary.breaking} breaking, ${summary.approval} approval, ${summary.info} info)`);
