// English newsroom number style: 389 billion, $109.1 billion, 140 terawatt-hours, 1–3%.
import { cents } from './format-zh';
import type { FigureStyle, FigureValue } from './types';

const WORDS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const FOLD_EN = ['', '', 'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold', 'eightfold', 'ninefold', 'tenfold'];

function grouped(n: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
}

/** 389e9 → 389 billion, 1.5e12 → 1.5 trillion, 27 → 27, 12500 → 12,500. */
export function compactEn(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${grouped(n / 1e12)} trillion`;
  if (abs >= 1e9) return `${grouped(n / 1e9)} billion`;
  if (abs >= 1e6) return `${grouped(n / 1e6)} million`;
  return grouped(n);
}

function currencySymbol(code: string): string {
  const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: code }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? `${code} `;
}

export function formatEn(f: FigureValue, style: FigureStyle): string {
  const { kind, value, valueHigh } = f;
  const range = valueHigh != null;
  if (style === 'value') return range ? `${compactEn(value)}–${compactEn(valueHigh)}` : compactEn(value);
  switch (kind) {
    case 'currency': {
      const sym = currencySymbol(f.currency ?? 'USD');
      const money = (v: number) => (Math.abs(v) < 1e4 && !Number.isInteger(v) ? cents(v) : compactEn(v));
      return range ? `${sym}${money(value)}–${sym}${money(valueHigh)}` : `${sym}${money(value)}`;
    }
    case 'percent':
      return range ? `${grouped(value)}–${grouped(valueHigh)}%` : `${grouped(value)}%`;
    case 'percentage-points': {
      const n = range ? `${grouped(value)}–${grouped(valueHigh)}` : grouped(value);
      return `${n} percentage ${value === 1 && !range ? 'point' : 'points'}`;
    }
    case 'multiple':
      if (style === 'words' && !range && Number.isInteger(value) && FOLD_EN[value]) return FOLD_EN[value]!;
      return range ? `${grouped(value)}–${grouped(valueHigh)} times` : `${grouped(value)} times`;
    case 'energy': {
      // Values are stored in kWh; a billion kWh and more read as terawatt-hours.
      const big = Math.abs(value) >= 1e9;
      const n = (v: number) => (big ? grouped(v / 1e9) : compactEn(v));
      const unit = big ? (value === 1e9 && !range ? 'terawatt-hour' : 'terawatt-hours') : 'kWh';
      return range ? `${n(value)}–${n(valueHigh)} ${unit}` : `${n(value)} ${unit}`;
    }
    default:
      if (style === 'words' && !range && Number.isInteger(value) && WORDS_EN[value]) return WORDS_EN[value]!;
      return range ? `${compactEn(value)}–${compactEn(valueHigh)}` : compactEn(value);
  }
}
