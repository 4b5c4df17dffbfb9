// The part of js-yaml 4 that the fast reader uses (the package ships no types of its own).
declare module 'js-yaml' {
  export interface TypeOptions {
    readonly kind: 'scalar' | 'sequence' | 'mapping';
    readonly resolve?: (data: unknown, tag?: string) => boolean;
    readonly construct?: (data: unknown, tag?: string) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export class Schema {
    constructor(definition: { readonly implicit?: readonly Type[]; readonly explicit?: readonly Type[] });
  }
  /** What the loader passes to a listener: its state at the start ('open') and end ('close') of each node. */
  export interface LoaderState {
    readonly position: number;
    readonly kind: 'scalar' | 'mapping' | 'sequence' | null;
    readonly result: unknown;
    readonly anchor: string | null;
    readonly tag: string | null;
  }
  export interface LoadOptions {
    readonly schema?: Schema;
    readonly json?: boolean;
    readonly maxDepth?: number;
    readonly listener?: (event: 'open' | 'close', state: LoaderState) => void;
  }
  export function load(text: string, options?: LoadOptions): unknown;
}
