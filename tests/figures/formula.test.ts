import { describe, expect, it } from 'vitest';
import { FormulaError, evaluate, inputsOf, parseFormula, resolveDerived } from '@/lib/figures/formula';

const fig = (value: number, formula: string | null = null) => ({ value, formula });

describe('formulas of derived figures', () => {
  it('parse references, numbers, operators and parentheses', () => {
    const f = parseFormula('({{a}} + 2) * {{b-c}} / 4 - -1');
    expect(inputsOf(f)).toEqual(['a', 'b-c']);
    expect(evaluate(f, (k) => (k === 'a' ? 6 : 3))).toBe(7);
  });

  it('derive China and UK investment from the US figure and the 12× and 24× ratios', () => {
    const values = resolveDerived(
      new Map([
        ['us', fig(109.1e9)],
        ['us-china-ratio', fig(12)],
        ['us-uk-ratio', fig(24)],
        ['china', fig(0, '{{us}} / {{us-china-ratio}}')],
        ['uk', fig(0, '{{us}} / {{us-uk-ratio}}')],
      ]),
    );
    expect(values.get('china')).toBeCloseTo(9.0917e9, -5);
    expect(values.get('uk')).toBeCloseTo(4.5458e9, -5);
  });

  it('follow chains of derived figures', () => {
    const values = resolveDerived(
      new Map([
        ['a', fig(2)],
        ['b', fig(0, '{{a}} * 3')],
        ['c', fig(0, '{{b}} + 1')],
      ]),
    );
    expect(values.get('c')).toBe(7);
  });

  it('reject a cycle with a clear message', () => {
    const run = () =>
      resolveDerived(
        new Map([
          ['a', fig(0, '{{b}} + 1')],
          ['b', fig(0, '{{c}} * 2')],
          ['c', fig(0, '{{a}}')],
        ]),
      );
    expect(run).toThrow(FormulaError);
    expect(run).toThrow(/loop: a → b → c → a/);
  });

  it('reject a missing input, naming it', () => {
    expect(() => resolveDerived(new Map([['a', fig(0, '{{nope}} * 2')]]))).toThrow('"a" refers to "nope", which does not exist');
  });

  it.each(['{{a}} +', '{{a}} ** 2', 'alert(1)', '({{a}}', '2 + 3', '{{A}}'])('reject malformed %j', (src) => {
    expect(() => parseFormula(src)).toThrow(FormulaError);
  });

  it('reject division by zero', () => {
    expect(() =>
      resolveDerived(
        new Map([
          ['z', fig(0)],
          ['a', fig(0, '1 / {{z}}')],
        ]),
      ),
    ).toThrow(/divides by zero/);
  });
});
