import type { Range } from '../core/diagnostic.js';
import { START_OF_FILE } from '../core/diagnostic.js';
import type { SourceDocument } from '../core/source.js';
import type { PlacedReport } from '../validate/engine.js';
import { positionsOf } from '../validate/engine.js';
import type { RunPositions } from '../validate/stream.js';

/**
 * The positions of a file that findings across documents pointed at, as a run worked them out
 * from its text: the range of each report, and the lines they start on. Kept in the result
 * cache with the file's result, so that a run whose findings across documents point where the
 * run before's did needs not read and parse those files again.
 */
export interface PositionMemo {
  readonly ranges: Map<string, Range>;
  readonly lines: Map<number, string>;
}

export function newPositionMemo(): PositionMemo {
  return { ranges: new Map(), lines: new Map() };
}

function keyOf(report: PlacedReport): string {
  return `${report.atKey ? 'key' : 'value'} ${report.span ? `${report.span.start}-${report.span.end}` : ''} ${report.path}`;
}

/**
 * The positions of one file, from its memo where the memo has them, and otherwise from the file
 * itself, read and parsed once when first needed (and then added to the memo).
 */
export class RememberedPositions implements RunPositions {
  private lines: string[] | undefined;

  constructor(
    readonly file: string,
    private readonly memo: PositionMemo,
    private source: SourceDocument | null | undefined,
    private readonly load: () => SourceDocument | undefined,
    private readonly learnt: () => void,
  ) {}

  /** Whether the memo holds all these reports, so that the file need not be read. */
  covers(reports: readonly PlacedReport[]): boolean {
    return reports.every((report) => this.memo.ranges.has(keyOf(report)));
  }

  /** The file, parsed; undefined when it cannot be read. */
  parsed(): SourceDocument | undefined {
    if (this.source === undefined) this.source = this.load() ?? null;
    return this.source ?? undefined;
  }

  rangeOfReport(report: PlacedReport): Range {
    const key = keyOf(report);
    const known = this.memo.ranges.get(key);
    if (known) return known;
    const source = this.parsed();
    // A file that could be read when this run began, and cannot now: the start of the file.
    if (!source) return START_OF_FILE;
    const range = positionsOf(source).rangeOfReport(report);
    this.memo.ranges.set(key, range);
    const line = this.textLine(range.start.line);
    if (line !== undefined) this.memo.lines.set(range.start.line, line);
    this.learnt();
    return range;
  }

  line(number: number): string | undefined {
    return this.memo.lines.get(number) ?? this.textLine(number);
  }

  private textLine(number: number): string | undefined {
    const source = this.parsed();
    if (!source) return undefined;
    this.lines ??= source.text.split('\n');
    return this.lines[number - 1];
  }
}
