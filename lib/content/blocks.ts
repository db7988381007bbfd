// Aligned body blocks: one row per paragraph, heading, quote, image or chart, holding
// its text in every locale.
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import type { InlineNode } from './inline';

export const BLOCK_TYPES = ['paragraph', 'heading', 'quote', 'image', 'chart'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** Locale-neutral settings of a block, stored as JSON. */
export const blockMetaSchema = z
  .object({
    level: z.union([z.literal(2), z.literal(3)]).optional(),
    src: z.string().max(500).optional(),
    /** Image blocks: the photo from the media library (readers only ever see library photos). */
    mediaId: z
      .string()
      .regex(/^[a-z0-9]{8,40}$/)
      .optional(),
    chartId: z.string().max(100).optional(),
    /** A paragraph that announces another piece of the series links to it once it is public. */
    teaser: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(80)
      .optional(),
  })
  .strict();
export type BlockMeta = z.infer<typeof blockMetaSchema>;

export interface BlockLocaleText {
  text: string;
  /** Pull quotes: who said it. Images: alt text. */
  attribution: string;
}

/** A block as editors and the seed write it: raw markup in each locale. */
export interface BlockDraft {
  type: BlockType;
  meta: BlockMeta;
  texts: Record<Locale, BlockLocaleText>;
}

/** A block ready for a reader in one locale: parsed markup. */
export interface ReaderBlock {
  id: string;
  type: BlockType;
  meta: BlockMeta;
  content: InlineNode[];
  attribution: string;
}

export function parseMeta(json: string): BlockMeta {
  const parsed = blockMetaSchema.safeParse(JSON.parse(json || '{}'));
  return parsed.success ? parsed.data : {};
}

/** A block's settings as one string with keys in a fixed order, to compare and to store. */
export function metaKey(meta: BlockMeta): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(meta)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );
}
