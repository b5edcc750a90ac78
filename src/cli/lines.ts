/** One line of a byte stream, without its line break (`\n` or `\r\n`). */
export type Line =
  | { number: number; bytes: Buffer; size: number }
  /** A line longer than the limit: its bytes were dropped as they came, only its place is kept. */
  | { number: number; tooLong: true; size: number };

/**
 * Splits a byte stream into lines, holding at most `maxBytes` of one line: a longer line (or a
 * stream with no line break at all, such as /dev/zero) is reported as too long instead of
 * growing without bound, and the lines after it are still read. Node's readline has no such
 * limit, and the line splitters on npm either stop the stream at an over-long line or skip it
 * without a trace, while one bad record here must become one error record. `number` counts from
 * 1; `size` is the line's bytes with its break, for progress.
 */
export async function* splitLines(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  const finish = (breakBytes: number): Line => {
    number++;
    const size = length + breakBytes;
    let line: Line;
    if (tooLong) line = { number, tooLong: true, size };
    else {
      let bytes = Buffer.concat(parts, length);
      if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      line = { number, bytes, size };
    }
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of source) {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(0x0a, from);
      const end = newline < 0 ? chunk.length : newline;
      if (!tooLong && length + (end - from) > maxBytes) {
        tooLong = true;
        parts = [];
      }
      if (!tooLong) parts.push(chunk.subarray(from, end));
      length += end - from;
      if (newline < 0) break;
      yield finish(1);
      from = newline + 1;
    }
  }
  if (length > 0) yield finish(0);
}
