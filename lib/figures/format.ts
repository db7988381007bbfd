// One entry point for rendering a figure in a locale.
import type { Locale } from '@/i18n/locales';
import { formatEn } from './format-en';
import { formatZh } from './format-zh';
import type { FigureStyle, FigureValue } from './types';

export function formatFigure(f: FigureValue, locale: Locale, style: FigureStyle = 'full'): string {
  return locale === 'zh-HK' ? formatZh(f, style) : formatEn(f, style);
}
