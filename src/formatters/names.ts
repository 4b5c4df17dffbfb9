/** The names `--format` accepts for check results; `index.ts` maps each to its formatter (a test keeps them in step). */
export const CHECK_FORMAT_NAMES = ['pretty', 'json', 'github', 'sarif', 'junit', 'markdown'] as const;
