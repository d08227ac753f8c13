/**
 * A text file held as one string with an index of line starts: lines are sliced on demand,
 * and a file sorted on its first tab-separated field can be searched by bisection.
 */
export class LineTable {
  readonly text: string;
  private readonly starts: Int32Array;
  readonly length: number;

  /** `skip` leading lines (a header) are left out of the table. */
  constructor(text: string, skip = 1) {
    let count = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count + 1);
    let n = 0;
    let pos = 0;
    let lineNo = 0;
    while (pos < text.length) {
      const nl = text.indexOf('\n', pos);
      const end = nl === -1 ? text.length : nl;
      if (lineNo >= skip && end > pos) starts[n++] = pos;
      lineNo++;
      pos = end + 1;
    }
    this.text = text;
    this.starts = starts;
    this.length = n;
  }

  line(i: number): string {
    const start = this.starts[i]!;
    const nl = this.text.indexOf('\n', start);
    return this.text.slice(start, nl === -1 ? this.text.length : nl);
  }

  /** The line that holds character offset `offset` of the text. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first field of line i. */
  head(i: number): string {
    const start = this.starts[i]!;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  /** First line whose first field is >= key (lines sorted by first field, code-unit order). */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.head(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The line whose first field equals key, or null. */
  find(key: string): string | null {
    const i = this.lowerBound(key);
    return i < this.length && this.head(i) === key ? this.line(i) : null;
  }

  /** The range [from, to) of lines whose first field equals key. */
  range(key: string): [number, number] {
    const from = this.lowerBound(key);
    let to = from;
    while (to < this.length && this.head(to) === key) to++;
    return [from, to];
  }
}
