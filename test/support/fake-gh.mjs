// A stand-in for `gh api` on the comments of a pull request, for running a workflow's steps
// locally: the comments live in the JSON file $FAKE_GH_STATE ({"comments": [...], "nextId": N}),
// two to a page as GitHub pages them, and every call is logged to $FAKE_GH_LOG.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args[0] !== 'api') fail(`unknown command ${args[0]}`);
if (!process.env.GH_TOKEN) fail('gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable.', 4);
let method = 'GET';
let input;
let paginate = false;
let slurp = false;
let endpoint;
for (let i = 1; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--method' || arg === '-X') method = args[++i];
  else if (arg === '--input') input = args[++i];
  else if (arg === '--paginate') paginate = true;
  else if (arg === '--slurp') slurp = true;
  else if (arg.startsWith('-')) fail(`the stand-in does not know ${arg}`);
  else endpoint = arg;
}
if (slurp && !paginate) fail('`--slurp` is only supported with `--paginate`');
appendFileSync(process.env.FAKE_GH_LOG, `${JSON.stringify({ method, endpoint, paginate, slurp })}\n`);
const state = JSON.parse(readFileSync(process.env.FAKE_GH_STATE, 'utf8'));
const bodyOf = () => {
  const { body } = JSON.parse(readFileSync(input, 'utf8'));
  if (typeof body !== 'string') fail('HTTP 422: body is not a string');
  return body;
};
let match;
if (method === 'GET' && (match = /^repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(endpoint))) {
  const list = state.comments.filter((c) => c.issue === Number(match[1])).map(({ issue, ...c }) => c);
  const pages = [];
  for (let i = 0; i < list.length; i += 2) pages.push(list.slice(i, i + 2));
  if (pages.length === 0) pages.push([]);
  process.stdout.write(!paginate ? JSON.stringify(pages[0]) : slurp ? JSON.stringify(pages) : pages.map((p) => JSON.stringify(p)).join(''));
} else if (method === 'POST' && (match = /^repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(endpoint))) {
  const comment = { id: state.nextId++, issue: Number(match[1]), body: bodyOf(), user: { login: 'github-actions[bot]' } };
  state.comments.push(comment);
  process.stdout.write(JSON.stringify(comment));
} else if (method === 'PATCH' && (match = /^repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(endpoint))) {
  const comment = state.comments.find((c) => c.id === Number(match[1]));
  if (!comment) fail('HTTP 404: Not Found', 1);
  comment.body = bodyOf();
  process.stdout.write(JSON.stringify(comment));
} else {
  fail(`the stand-in does not serve ${method} ${endpoint}`);
}
writeFileSync(process.env.FAKE_GH_STATE, JSON.stringify(state));

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
