// Preloaded (`node --require`) into every process the benchmark times: at exit it appends the
// process's peak resident memory (KB, worker threads included) to the file the suite names.
// Node reports no resource usage of child processes, so each reports its own.
'use strict';
const file = process.env.AGENDUM_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    require('node:fs').appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
