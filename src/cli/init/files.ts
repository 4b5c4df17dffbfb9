import { formatMessage, type Lang, type Message, type MessageData } from '../../core/i18n.js';
import { FILE_COMMENTS } from './messages.js';

/** The hidden marker by which the workflow finds its own comment on a pull request again. */
export const COMMENT_MARKER = '<!-- agendum-diff -->';

/** Where the schemas are once agendum is installed in the repository (npm install). */
export const INSTALLED_SCHEMAS = 'node_modules/agendum/schemas';

/** Where `agendum render … -o` writes in the examples; kept out of git. */
export const RENDER_FOLDER = 'afdrukken';

/** What a repository set up by init is, as the files need it. */
export interface RepositoryPlan {
  readonly lang: Lang;
  /** The branch that pushes are checked on: the repository's current branch, else main. */
  readonly branch: string;
  /** The folders of the documents, relative to the repository root, with forward slashes. */
  readonly documents: readonly string[];
}

/** `# text` in the chosen language, each line of a longer text a comment too. */
function comment(lang: Lang, message: Message, data: MessageData = {}, indent = ''): string {
  return formatMessage(message, lang, data)
    .split('\n')
    .map((line) => `${indent}# ${line}`)
    .join('\n');
}

export function configFile(lang: Lang): string {
  return [
    `# yaml-language-server: $schema=./${INSTALLED_SCHEMAS}/config.schema.json`,
    comment(lang, FILE_COMMENTS.configDocuments),
    'documents: [agendas]',
    comment(lang, FILE_COMMENTS.configLanguage),
    `language: ${lang}`,
    comment(lang, FILE_COMMENTS.configRules),
    'rules: {}',
    '',
  ].join('\n');
}

export function gitattributesFile(lang: Lang): string {
  return `${comment(lang, FILE_COMMENTS.gitattributes)}\n*.agenda.yaml diff=agendum\n`;
}

/** The lines a repository's .gitignore must hold, without which `git add -A` takes too much. */
export const GITIGNORE_LINES: readonly string[] = ['node_modules/', `/${RENDER_FOLDER}/`];

export function gitignoreFile(lang: Lang): string {
  return `${comment(lang, FILE_COMMENTS.gitignore)}\n${GITIGNORE_LINES.join('\n')}\n`;
}

/** A regular expression for pre-commit that matches the YAML files in the document folders. */
export function documentPattern(documents: readonly string[]): string {
  // Documents in the repository's root: any YAML but the workflows, the hook's own file and npm's.
  if (documents.some((folder) => folder === '.' || folder === '')) return '^(?!\\.github/|\\.pre-commit-config\\.yaml$|node_modules/).*\\.ya?ml$';
  const folders = documents.map((folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const prefix = folders.length === 1 ? folders[0]! : `(${folders.join('|')})`;
  return `^${prefix}/.*\\.ya?ml$`;
}

/** A pre-commit configuration with a hook of the repository's own: agendum from its devDependencies. */
export function precommitConfigFile(plan: RepositoryPlan): string {
  const { lang } = plan;
  return [
    comment(lang, FILE_COMMENTS.precommitIntro),
    'repos:',
    '  - repo: local',
    '    hooks:',
    '      - id: agendum-check',
    '        name: agendum check',
    comment(lang, FILE_COMMENTS.precommitEntry, {}, '        '),
    '        entry: npx --no agendum check',
    '        language: system',
    comment(lang, FILE_COMMENTS.precommitFiles, {}, '        '),
    `        files: ${singleQuoted(documentPattern(plan.documents))}`,
    comment(lang, FILE_COMMENTS.precommitAll, {}, '        '),
    '        pass_filenames: false',
    '',
  ].join('\n');
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The GitHub workflow: check on pull requests and pushes to the branch, the semantic diff of a
 * pull request (also when check failed) in the job summary and in one comment that each push
 * updates. The comment is posted by a job of its own, the only one that may write, which runs
 * none of the repository's code; it uses the gh command of the runner rather than an action.
 */
export function workflowFile(plan: RepositoryPlan): string {
  const { lang, branch } = plan;
  return [
    comment(lang, FILE_COMMENTS.workflowIntro, { branch }),
    'name: agendum',
    '',
    'on:',
    '  pull_request:',
    '  push:',
    `    branches: [${JSON.stringify(branch)}]`,
    '',
    comment(lang, FILE_COMMENTS.workflowPermissions),
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  check:',
    '    runs-on: ubuntu-latest',
    '    outputs:',
    '      comment: ${{ steps.diff.outputs.comment }}',
    '    steps:',
    '      - uses: actions/checkout@v6',
    '        with:',
    comment(lang, FILE_COMMENTS.workflowFetch, {}, '          '),
    '          fetch-depth: 0',
    '      - uses: actions/setup-node@v6',
    '        with:',
    '          node-version: 24',
    '          cache: npm',
    '      - run: npm ci',
    comment(lang, FILE_COMMENTS.workflowCheck, {}, '      '),
    '      - name: agendum check',
    '        run: npx agendum check',
    comment(lang, FILE_COMMENTS.workflowDiff, {}, '      '),
    '      - name: agendum diff',
    '        id: diff',
    "        if: ${{ !cancelled() && github.event_name == 'pull_request' }}",
    '        shell: bash',
    '        run: |',
    '          npx agendum diff --base "origin/$GITHUB_BASE_REF" --format markdown > "$RUNNER_TEMP/agendum-diff.md"',
    '          cat "$RUNNER_TEMP/agendum-diff.md" >> "$GITHUB_STEP_SUMMARY"',
    '          end="AGENDUM_DIFF_$RANDOM$RANDOM"',
    '          {',
    '            echo "comment<<$end"',
    `            echo '${COMMENT_MARKER}'`,
    '            cat "$RUNNER_TEMP/agendum-diff.md"',
    '            echo "$end"',
    '          } >> "$GITHUB_OUTPUT"',
    '',
    comment(lang, FILE_COMMENTS.workflowComment, {}, '  '),
    '  comment:',
    '    needs: check',
    "    if: ${{ !cancelled() && github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository && needs.check.outputs.comment != '' }}",
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      pull-requests: write',
    '    steps:',
    comment(lang, FILE_COMMENTS.workflowGh, {}, '      '),
    `      - name: ${formatMessage(FILE_COMMENTS.workflowCommentStep, lang)}`,
    '        shell: bash',
    '        env:',
    '          GH_TOKEN: ${{ github.token }}',
    '          BODY: ${{ needs.check.outputs.comment }}',
    '        run: |',
    '          pr=$(node -p \'require(process.env.GITHUB_EVENT_PATH).pull_request.number\')',
    '          node -e \'const b = process.env.BODY; process.stdout.write(JSON.stringify({ body: b.length > 65000 ? `${b.slice(0, 65000)}\\n\\n…` : b }))\' > "$RUNNER_TEMP/agendum-comment.json"',
    `          id=$(gh api --paginate --slurp "repos/$GITHUB_REPOSITORY/issues/$pr/comments" | node -e 'const pages = JSON.parse(require("fs").readFileSync(0, "utf8")); const mine = pages.flat().find((c) => c.body?.startsWith("${COMMENT_MARKER}")); process.stdout.write(mine ? String(mine.id) : "")')`,
    '          if [ -n "$id" ]; then',
    '            gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" --input "$RUNNER_TEMP/agendum-comment.json" > /dev/null',
    '          else',
    '            gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$pr/comments" --input "$RUNNER_TEMP/agendum-comment.json" > /dev/null',
    '          fi',
    '',
  ].join('\n');
}

/** A kind and the paths (relative to the repository root) of its schema and of its documents. */
export interface KindFiles {
  readonly schema: string;
  readonly documents: readonly string[];
}

/**
 * VS Code settings for the YAML extension: the configuration's schema, and each kind's schema for
 * the documents of that kind (documents written by agendum also name it in their first line).
 */
export function vscodeSettingsFile(kinds: readonly KindFiles[]): string {
  const schemas: Record<string, string[]> = { [`./${INSTALLED_SCHEMAS}/config.schema.json`]: ['agendum.config.yaml'] };
  for (const { schema, documents } of kinds) {
    if (documents.length > 0) schemas[`./${schema}`] = [...documents].sort();
  }
  return `${JSON.stringify({ 'yaml.schemas': schemas, 'files.associations': { '*.agenda.yaml': 'yaml' } }, null, 2)}\n`;
}

/** A package.json for a repository that has none: private, with agendum to install. */
export function packageFile(spec: string): string {
  return `${JSON.stringify({ private: true, devDependencies: { agendum: spec } }, null, 2)}\n`;
}
