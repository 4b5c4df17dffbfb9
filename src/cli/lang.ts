import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../core/i18n.js';
import { chooseLang } from '../core/i18n.js';
import type { CliIO } from './io.js';

/**
 * The language of the command line's own words (help, errors of usage) before any command has
 * loaded its configuration: `--lang` on the command line, else the `language` of the nearest
 * agendum.config.yaml (read as a line, without loading the configuration), else the locale.
 */
export function commandLineLang(io: Pick<CliIO, 'argv' | 'env' | 'cwd'>): Lang {
  const argv = io.argv;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && (argv[i + 1] === 'nl' || argv[i + 1] === 'en')) return argv[i + 1] as Lang;
    if (arg === '--lang=nl' || arg === '--lang=en') return arg.slice(7) as Lang;
  }
  const configured = configuredLanguage(io.cwd);
  return chooseLang(configured, io.env);
}

function configuredLanguage(cwd: string): string | undefined {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    let text: string | undefined;
    try {
      text = readFileSync(path.join(folder, 'agendum.config.yaml'), 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) return /^language:\s*['"]?(nl|en)\b/m.exec(text)?.[1];
    if (path.dirname(folder) === folder) return undefined;
  }
}
