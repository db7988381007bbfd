// Shapes the piece editor's client components share (plain data, no server imports).
import { newBlockId } from '@/lib/content/block-id';
export type UiLocale = 'zh-HK' | 'en';
export const EDITOR_LOCALES: UiLocale[] = ['zh-HK', 'en'];
export const BLOCK_KINDS = ['paragraph', 'heading', 'quote', 'image', 'chart'] as const;

export interface ChartOption {
  key: string;
  title: string;
}

export interface LocaleFields {
  title: string;
  standfirst: string;
  seoTitle: string;
  seoDescription: string;
}

export interface EditorBlock {
  /** Lasting id: given when the block is created, kept through edits and moves. */
  id: string;
  type: 'paragraph' | 'heading' | 'quote' | 'image' | 'chart';
  meta: { level?: 2 | 3; src?: string; chartId?: string; teaser?: string; mediaId?: string };
  texts: Record<UiLocale, { text: string; attribution: string }>;
}

export interface EditorContent {
  slug: string;
  texts: Record<UiLocale, LocaleFields>;
  blocks: EditorBlock[];
}

export interface FigureOption {
  key: string;
  labelZhHK: string;
  labelEn: string;
  /** The figure as each style (`full`, `|value`, `|words`) reads in each locale, for chips. */
  display: Record<'full' | 'value' | 'words', Record<UiLocale, string>>;
}

export type FieldErrors = Record<string, string>;

export function emptyBlock(type: EditorBlock['type'] = 'paragraph'): EditorBlock {
  return { id: newBlockId(), type, meta: type === 'heading' ? { level: 2 } : {}, texts: { 'zh-HK': { text: '', attribution: '' }, en: { text: '', attribution: '' } } };
}

/** The element id of a block's field, so an error summary can link to it. */
export function fieldId(index: number, locale: UiLocale, field: 'text' | 'attribution'): string {
  return `block-${index + 1}-${locale}-${field}`;
}
