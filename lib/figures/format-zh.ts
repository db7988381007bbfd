// Hong Kong newsroom number style: 3890億, 1.5萬億, 1091億美元, 1400億度, 三倍, 三成.
// Intl prints 389B (zh-HK compact) or 兆 (zh-Hant), so the scaling is done here.
import type { FigureStyle, FigureValue } from './types';

const CURRENCY_ZH: Record<string, string> = { USD: '美元', EUR: '歐元', CNY: '人民幣', HKD: '港元', GBP: '英鎊' };
const DIGITS_ZH = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Up to two decimals, no grouping, no trailing zeros: 0.55, 1091, 1.5. */
export function plainNumber(n: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }).format(n);
}

/** Prices with cents keep both digits: 0.60, not 0.6. */
export function cents(n: number): string {
  return n.toFixed(2);
}

/** 389e9 → 3890億, 1.5e12 → 1.5萬億, 27 → 27. */
export function compactZh(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${plainNumber(n / 1e12)}萬億`;
  if (abs >= 1e8) return `${plainNumber(n / 1e8)}億`;
  if (abs >= 1e5) return `${plainNumber(n / 1e4)}萬`;
  return plainNumber(n);
}

/** Small whole numbers as Chinese numerals (三); anything else stays in digits. */
function numeralZh(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? DIGITS_ZH[n]! : plainNumber(n);
}

export function formatZh(f: FigureValue, style: FigureStyle): string {
  const { kind, value, valueHigh } = f;
  if (style === 'value') {
    return valueHigh == null ? compactZh(value) : `${compactZh(value)}-${compactZh(valueHigh)}`;
  }
  const one = (v: number): string => {
    switch (kind) {
      case 'currency':
        return `${Math.abs(v) < 1e4 && !Number.isInteger(v) ? cents(v) : compactZh(v)}${CURRENCY_ZH[f.currency ?? ''] ?? ` ${f.currency ?? ''}`}`;
      case 'percent':
        return style === 'words' && Number.isInteger(v / 10) ? `${numeralZh(v / 10)}成` : `${plainNumber(v)}%`;
      case 'percentage-points':
        return `${plainNumber(v)}個百分點`;
      case 'multiple':
        return style === 'words' ? `${numeralZh(v)}倍` : `${plainNumber(v)}倍`;
      case 'energy':
        return `${compactZh(v)}度`;
      default:
        return compactZh(v);
    }
  };
  return valueHigh == null ? one(value) : `${one(value)}-${one(valueHigh)}`;
}
