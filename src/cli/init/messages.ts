import type { Message } from '../../core/i18n.js';

/** What `agendum init` says on standard error, in both languages. */
export const INIT_MESSAGES = {
  wrote: { en: 'wrote {file}', nl: '{file} geschreven' },
  kept: { en: 'kept {file} (it exists; --force overwrites it)', nl: '{file} bestaat al en is gelaten zoals het is (--force overschrijft het)' },
  keptComplete: { en: 'kept {file} (it already holds what agendum needs)', nl: '{file} gelaten zoals het is (het bevat al wat agendum nodig heeft)' },
  added: { en: 'added {what} to {file}', nl: '{what} toegevoegd aan {file}' },
  notWritten: { en: 'agendum: left {file} as it is: {reason}', nl: 'agendum: {file} gelaten zoals het is: {reason}' },
  notJson: { en: 'agendum: left {file} as it is: it is not a JSON object ({reason}); add "agendum": "{spec}" to its devDependencies yourself', nl: 'agendum: {file} gelaten zoals het is: het is geen JSON-object ({reason}); zet zelf "agendum": "{spec}" bij de devDependencies' },
  summary: { en: '{count} file(s) written or updated.', nl: '{count} bestand(en) geschreven of bijgewerkt.' },
  next: {
    en: 'Next: npm install && npx agendum check\nFor semantic diffs in git diff and git log -p --ext-diff: git config diff.agendum.command "npx agendum diff --git-driver"',
    nl: 'Daarna: npm install && npx agendum check\nVoor diffs naar betekenis in git diff en git log -p --ext-diff: git config diff.agendum.command "npx agendum diff --git-driver"',
  },
} as const satisfies Record<string, Message>;

/** The comments in the files init writes, and the other words in them (a workflow step's name), in both languages. */
export const FILE_COMMENTS = {
  configDocuments: { en: 'agendum checks the documents in these folders when it is given no paths.', nl: 'agendum controleert de documenten in deze mappen als het geen paden krijgt.' },
  configLanguage: { en: 'Language of the messages: nl or en.', nl: 'Taal van de meldingen: nl of en.' },
  configRules: {
    en: "Severity per rule (off, info, warning, error); agendum's docs/rules.md lists the rules.",
    nl: 'Ernst per regel (off, info, warning, error); de regels staan in docs/rules.md van agendum.',
  },
  gitattributes: {
    en: 'Agendas are compared by meaning (git config diff.agendum.command "npx agendum diff --git-driver").',
    nl: 'Agenda\'s worden naar betekenis vergeleken (git config diff.agendum.command "npx agendum diff --git-driver").',
  },
  gitignore: {
    en: 'What npm installs (agendum keeps its result cache there too) and rendered documents.',
    nl: 'Wat npm installeert (daar bewaart agendum ook zijn resultatencache) en gemaakte afdrukken.',
  },
  precommitIntro: {
    en: 'pre-commit (https://pre-commit.com) runs agendum check before a commit that changes an agenda.',
    nl: 'pre-commit (https://pre-commit.com) draait agendum check voor een commit die een agenda wijzigt.',
  },
  precommitEntry: {
    en: "The agendum of this repository's devDependencies (npm install first).",
    nl: 'De agendum uit de devDependencies van deze repository (eerst npm install).',
  },
  precommitFiles: {
    en: 'Only the agenda documents: not the workflow, the configuration or other YAML.',
    nl: 'Alleen de agendadocumenten: niet de workflow, de configuratie of andere YAML.',
  },
  precommitAll: {
    en: 'All documents at once: links between documents are checked across them.',
    nl: 'Alle documenten tegelijk: verwijzingen tussen documenten worden over alle documenten gecontroleerd.',
  },
  workflowIntro: {
    en: 'agendum: checks the agendas on every pull request and on every push to {branch}, and shows\nwhat a pull request changes in meaning. Written by agendum init; yours to change.',
    nl: 'agendum: controleert de agenda\'s bij elk pull request en bij elke push naar {branch}, en laat\nzien wat een pull request inhoudelijk verandert. Geschreven door agendum init; pas het gerust aan.',
  },
  workflowPermissions: { en: 'Read only, unless a job asks for more.', nl: 'Alleen lezen, tenzij een job om meer vraagt.' },
  workflowFetch: { en: 'The whole history, so that diff finds the base branch.', nl: 'De hele geschiedenis, zodat diff de basisbranch vindt.' },
  workflowCheck: {
    en: 'Findings as annotations on the changed lines, and a summary of them in the job summary.',
    nl: 'Meldingen als aantekeningen bij de gewijzigde regels, en een overzicht in de samenvatting van de job.',
  },
  workflowDiff: {
    en: 'What the pull request changes in meaning, also when check found errors: to the job summary,\nand as the body of the pull-request comment (behind a hidden marker).',
    nl: 'Wat het pull request inhoudelijk verandert, ook als check fouten vond: naar de samenvatting van\nde job, en als tekst van de reactie op het pull request (achter een onzichtbare markering).',
  },
  workflowComment: {
    en: 'One comment with the diff, updated on every push. Only this job may write to the pull request;\na pull request from a fork gets a read-only token, so it gets the job summary only.',
    nl: 'Eén reactie met de diff, bijgewerkt bij elke push. Alleen deze job mag in het pull request schrijven;\neen pull request uit een fork krijgt een token dat alleen leest, en dus alleen de samenvatting.',
  },
  workflowCommentStep: { en: 'agendum diff as a comment', nl: 'agendum diff als reactie' },
  workflowGh: {
    en: 'gh (on every GitHub-hosted runner) finds the comment with the marker and edits it, or adds one.',
    nl: 'gh (op elke runner van GitHub) zoekt de reactie met de markering en past die aan, of plaatst er een.',
  },
} as const satisfies Record<string, Message>;
