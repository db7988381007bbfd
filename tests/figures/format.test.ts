import { describe, expect, it } from 'vitest';
import { formatFigure } from '@/lib/figures/format';
import type { FigureValue } from '@/lib/figures/types';

const cases: [string, FigureValue, string, string][] = [
  ['parameters', { kind: 'parameters', value: 389e9 }, '3890億', '389 billion'],
  ['tokens', { kind: 'tokens', value: 1.5e12 }, '1.5萬億', '1.5 trillion'],
  ['USD billions', { kind: 'currency', currency: 'USD', value: 109.1e9 }, '1091億美元', '$109.1 billion'],
  ['EUR billions', { kind: 'currency', currency: 'EUR', value: 22e9 }, '220億歐元', '€22 billion'],
  ['energy', { kind: 'energy', value: 140e9 }, '1400億度', '140 terawatt-hours'],
  ['percent', { kind: 'percent', value: 90.8 }, '90.8%', '90.8%'],
  ['price', { kind: 'currency', currency: 'USD', value: 0.55 }, '0.55美元', '$0.55'],
  ['revised price', { kind: 'currency', currency: 'USD', value: 0.6 }, '0.60美元', '$0.60'],
  ['whole price', { kind: 'currency', currency: 'USD', value: 15 }, '15美元', '$15'],
  ['percent range', { kind: 'percent', value: 1, valueHigh: 3 }, '1%-3%', '1–3%'],
  ['percentage points', { kind: 'percentage-points', value: 3.7 }, '3.7個百分點', '3.7 percentage points'],
  ['multiple', { kind: 'multiple', value: 12 }, '12倍', '12 times'],
  ['count', { kind: 'count', value: 27 }, '27', '27'],
  ['ten thousands', { kind: 'count', value: 250000 }, '25萬', '250,000'],
];

describe('formatFigure', () => {
  it.each(cases)('%s reads as the newsroom writes it', (_, figure, zh, en) => {
    expect(formatFigure(figure, 'zh-HK')).toBe(zh);
    expect(formatFigure(figure, 'en')).toBe(en);
  });

  it('spells out small multiples and tenths where the locale does', () => {
    expect(formatFigure({ kind: 'multiple', value: 3 }, 'zh-HK', 'words')).toBe('三倍');
    expect(formatFigure({ kind: 'multiple', value: 3 }, 'en', 'words')).toBe('threefold');
    expect(formatFigure({ kind: 'percent', value: 30 }, 'zh-HK', 'words')).toBe('三成');
    expect(formatFigure({ kind: 'percent', value: 30 }, 'en', 'words')).toBe('30%');
  });

  it('gives the bare number for lists that share one unit', () => {
    expect(formatFigure({ kind: 'percentage-points', value: 0.3 }, 'zh-HK', 'value')).toBe('0.3');
    expect(formatFigure({ kind: 'currency', currency: 'USD', value: 109.1e9 }, 'en', 'value')).toBe('109.1 billion');
  });

  it('never uses the Taiwanese 兆 or the compact B of Intl', () => {
    const out = formatFigure({ kind: 'count', value: 2.4e12 }, 'zh-HK');
    expect(out).toBe('2.4萬億');
    expect(out).not.toMatch(/兆|B/);
  });
});
