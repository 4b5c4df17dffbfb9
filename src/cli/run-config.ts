import type { Config } from '../core/config.js';
import { loadConfig } from '../core/config.js';
import { RULES } from '../rules/index.js';
import { TIMELINE_RULES } from '../timeline/index.js';

/** Every rule code a configuration may name. */
export const RULE_CODES: readonly string[] = [...RULES, ...TIMELINE_RULES].map((rule) => rule.meta.id);

/**
 * The configuration of a run: `--config FILE`, else the agendum.config.yaml nearest to the
 * documents the command is given, else the working folder's (or its parents').
 */
export function loadRunConfig(cwd: string, explicit?: string, paths: readonly string[] = []): Promise<Config> {
  return loadConfig(cwd, RULE_CODES, explicit, paths);
}
