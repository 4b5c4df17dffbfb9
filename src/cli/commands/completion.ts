import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Lang } from '../../core/i18n.js';
import { formatMessage } from '../../core/i18n.js';
import type { CliIO } from '../io.js';
import { CLI_MESSAGES } from '../messages.js';

/**
 * `agendum completion bash|zsh`: a completion script built from the program's own commands
 * and options, so it never falls behind them.
 */
export function runCompletion(shell: string, program: Command, io: CliIO, lang: Lang = 'en'): number {
  const heading = formatMessage(CLI_MESSAGES.messages.completionHeading, lang, { shell });
  const commands = program.commands.filter((c) => c.name() !== 'completion' && c.name() !== 'help');
  const words = (command: Command) => command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))).concat('--help');
  if (shell === 'bash') {
    const cases = commands.map((c) => `    ${c.name()}) opts="${words(c).join(' ')}" ;;`).join('\n');
    io.stdout.write(`# ${heading}
_agendum() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" command="\${COMP_WORDS[1]}" opts
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.map((c) => c.name()).join(' ')} --help --version" -- "$cur") )
    return
  fi
  case "$command" in
${cases}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
}
complete -o filenames -F _agendum agendum
`);
    return 0;
  }
  if (shell === 'zsh') {
    const list = commands.map((c) => `    '${c.name()}:${(c.summary() || c.description()).replace(/'/g, "'\\''").replace(/:/g, '\\:')}'`).join('\n');
    const cases = commands.map((c) => `    ${c.name()}) _arguments ${words(c).map((w) => `'${w}[]'`).join(' ')} '*:${formatMessage(CLI_MESSAGES.messages.completionFile, lang)}:_files' ;;`).join('\n');
    io.stdout.write(`#compdef agendum
# ${heading}
_agendum() {
  local -a commands
  commands=(
${list}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
compdef _agendum agendum
`);
    return 0;
  }
  throw new UsageError(CLI_MESSAGES.text('noCompletion', { shell }), CLI_MESSAGES.text('useShells'));
}
