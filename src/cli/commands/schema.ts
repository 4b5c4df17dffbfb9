import { UsageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import { KINDS, kindInfo } from '../../model/kinds.js';
import { bundleAll, bundleKind } from '../../schema/bundle.js';
import type { CliIO } from '../io.js';

/** `agendum schema [KIND]`: a kind's JSON Schema, self-contained, or all kinds in one. */
export function runSchema(kind: string | undefined, io: CliIO): number {
  if (kind !== undefined && !kindInfo(kind)) {
    const names = KINDS.map((k) => k.kind);
    const suggestion = closest(kind, names);
    throw new UsageError(`unknown kind "${kind}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, `Known kinds: ${names.join(', ')}.`);
  }
  io.stdout.write(`${JSON.stringify(kind ? bundleKind(kind) : bundleAll(), null, 2)}\n`);
  return 0;
}
