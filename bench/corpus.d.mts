// Types of bench/corpus.mjs, for the tests that read a bench corpus.
export function writeCorpus(dir: string, count: number, options?: { invalidEvery?: number; seed?: number }): { files: string[]; invalid: string[]; unparsable: string[]; bytes: number };
export function writeBigAgendas(dir: string): { oldFile: string; newFile: string };
