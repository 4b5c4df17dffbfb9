import { loadRunConfig } from '../run-config.js';
import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import { bundleAll, bundleKind } from '../../schema/bundle.js';
import type { CliIO } from '../io.js';
import { CLI_MESSAGES } from '../messages.js';

/** `agendum schema [KIND]`: a kind's JSON Schema, self-contained, or all kinds in one (the repository's own kinds too). */
export async function runSchema(kind: string | undefined, options: { readonly config?: string; readonly lang?: string }, io: CliIO): Promise<number> {
  const { kinds } = await loadRunConfig(io.cwd, options.config);
  if (kind !== undefined && !kinds.get(kind)) {
    const suggestion = closest(kind, kinds.names);
    const unknown = suggestion ? CLI_MESSAGES.text('unknownKindSuggestion', { kind, suggestion }) : CLI_MESSAGES.text('unknownKind', { kind });
    throw new UsageError(unknown, CLI_MESSAGES.text('knownKinds', { kinds: kinds.names.join(', ') }));
  }
  io.stdout.write(`${JSON.stringify(kind ? bundleKind(kind, kinds) : bundleAll(kinds), null, 2)}\n`);
  return 0;
}
