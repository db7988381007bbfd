// zod schemas for pieces, shared by the seed, server actions and forms.
import { z } from 'zod';
import { BLOCK_TYPES, blockMetaSchema } from '@/lib/content/blocks';

/** Words that name site sections, so they can never be a series or piece slug. */
export const RESERVED_SLUGS = ['about', 'admin', 'api', 'page', 'opengraph-image', 'feed', 'feeds', 'data', 'sitemap', 'robots', 'search', 'preview', 'zh-hk', 'en', '_next'];

export const slugSchema = z
  .string()
  .trim()
  .min(3, 'slug.tooShort')
  .max(80, 'slug.tooLong')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug.format')
  .refine((s) => !RESERVED_SLUGS.includes(s), 'slug.reserved');

const localeTextSchema = z.object({
  title: z.string().trim().max(200, 'text.tooLong'),
  standfirst: z.string().trim().max(600, 'text.tooLong'),
  seoTitle: z.string().trim().max(120).default(''),
  seoDescription: z.string().trim().max(320).default(''),
});

const blockTextSchema = z.object({ text: z.string().max(20_000, 'text.tooLong'), attribution: z.string().max(500, 'text.tooLong').default('') });

export const blockDraftSchema = z.object({
  type: z.enum(BLOCK_TYPES),
  meta: blockMetaSchema.default({}),
  texts: z.object({ 'zh-HK': blockTextSchema, en: blockTextSchema }),
});

/** What an editor writes: the slug, both locales' headline fields and the aligned body. */
export const pieceContentSchema = z.object({
  slug: slugSchema,
  texts: z.object({ 'zh-HK': localeTextSchema, en: localeTextSchema }),
  blocks: z.array(blockDraftSchema).max(500, 'blocks.tooMany'),
});
export type PieceContent = z.output<typeof pieceContentSchema>;

export const pieceCreateSchema = pieceContentSchema.extend({
  seriesSlug: slugSchema,
  kind: z.enum(['feature', 'editorial', 'follow-up']),
  status: z.enum(['draft', 'scheduled', 'published']),
  publishedAt: z.coerce.date().nullable(),
});
export type PieceCreateInput = z.input<typeof pieceCreateSchema>;

export const pieceSaveSchema = pieceContentSchema.extend({
  pieceId: z.string().min(1).max(40),
  baseVersion: z.number().int().positive(),
});
export type PieceSaveInput = z.input<typeof pieceSaveSchema>;

