// Runs several agendum commands one after the other in one process of the built command line
// (dist/), as bin/agendum.js runs one, and prints each exit code and output as JSON: the
// hostile corpus runs every command over a case in one process with one time and memory limit.
import { main } from '../../dist/cli/main.js';

const text = (chunk) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'));
const commands = JSON.parse(process.argv[2]);
const results = [];
for (const argv of commands) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd: process.cwd(),
    env: process.env,
    stdout: { write: (chunk) => void (stdout += text(chunk)), isTTY: false },
    stderr: { write: (chunk) => void (stderr += text(chunk)), isTTY: false },
  });
  results.push({ argv, code, stdout, stderr });
}
process.stdout.write(JSON.stringify(results));
