import * as assert from 'assert';
import { assertGrowsLinearly, GROWTH_LIMIT, measureGrowth } from './growth';

// The growth check itself must tell a linear pass from a quadratic one, or every growth test
// built on it proves nothing.
describe('growth check', () => {
  const linear = (n: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += i % 7;
    return s;
  };
  const quadratic = (n: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j += 1) s += (i ^ j) & 1;
    return s;
  };

  it('passes a linear loop', () => {
    const g = measureGrowth((n) => n, linear, 100_000);
    assert.ok(g.ratio <= GROWTH_LIMIT, `ratio ${g.ratio}`);
  });

  it('fails a quadratic loop', () => {
    const g = measureGrowth((n) => n, quadratic, 200, { repeats: 2, minMs: 4 });
    assert.ok(g.ratio > GROWTH_LIMIT, `ratio ${g.ratio}`);
  });

  it('fails a quadratic loop in every round it measures again', () => {
    assert.throws(() => assertGrowsLinearly('a quadratic loop', (n) => n, quadratic, 200, GROWTH_LIMIT, { repeats: 2, minMs: 4 }), /in three rounds/);
  });
});
