import * as assert from 'assert';
import { splitLines } from '../../src/cli/lines';

async function split(chunks: string[], max: number): Promise<string[]> {
  async function* source() {
    for (const c of chunks) yield Buffer.from(c);
  }
  const out: string[] = [];
  for await (const line of splitLines(source(), max)) out.push('tooLong' in line ? `${line.number}:TOO LONG(${line.size})` : `${line.number}:${line.bytes.toString()}(${line.size})`);
  return out;
}

describe('CLI line splitter', () => {
  const table: Array<{ name: string; chunks: string[]; max: number; lines: string[] }> = [
    { name: 'LF and CRLF, sizes with the break', chunks: ['ab\ncd\r\n'], max: 10, lines: ['1:ab(3)', '2:cd(4)'] },
    { name: 'a last line without a break', chunks: ['ab\ncd'], max: 10, lines: ['1:ab(3)', '2:cd(2)'] },
    { name: 'lines across chunks', chunks: ['a', 'b\nc', 'd', '\n'], max: 10, lines: ['1:ab(3)', '2:cd(3)'] },
    { name: 'empty lines kept (the caller skips them)', chunks: ['\n\nx\n'], max: 10, lines: ['1:(1)', '2:(1)', '3:x(2)'] },
    { name: 'an over-long line is reported, and the next lines still read', chunks: ['12345', '6789\nok\n'], max: 5, lines: ['1:TOO LONG(10)', '2:ok(3)'] },
    { name: 'a line of exactly the limit is kept', chunks: ['12345\n'], max: 5, lines: ['1:12345(6)'] },
    { name: 'no break at all, longer than the limit', chunks: ['0000', '0000', '0000'], max: 5, lines: ['1:TOO LONG(12)'] },
    { name: 'nothing', chunks: [], max: 5, lines: [] },
  ];
  for (const c of table) {
    it(c.name, async () => assert.deepStrictEqual(await split(c.chunks, c.max), c.lines));
  }
});
