// zod schemas for pieces, shared by the seed, server actions and forms.
import { z } from 'zod';
import { LOCALES } from '@/i18n/locales';
import { BLOCK_TYPES, blockMetaSchema } from '@/lib/content/blocks';
import { BLOCK_ID_PATTERN } from '@/lib/content/block-id';

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

export const blockIdSchema = z.string().regex(BLOCK_ID_PATTERN, 'block.id');

/** A block as an editor sends it. A block without an id is new and gets one on save. */
export const blockDraftSchema = z.object({
  id: blockIdSchema.optional(),
  type: z.enum(BLOCK_TYPES),
  meta: blockMetaSchema.default({}),
  texts: z.object({ 'zh-HK': blockTextSchema, en: blockTextSchema }),
});

const uniqueBlockIds = (blocks: { id?: string | undefined }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    if (!b.id) return;
    if (seen.has(b.id)) ctx.addIssue({ code: 'custom', message: 'block.duplicateId', path: [i, 'id'] });
    seen.add(b.id);
  });
};

const headSchema = {
  slug: slugSchema,
  texts: z.object({ 'zh-HK': localeTextSchema, en: localeTextSchema }),
};

/** What an editor writes: the slug, both locales' headline fields and the aligned body. */
export const pieceContentSchema = z.object({
  ...headSchema,
  blocks: z.array(blockDraftSchema).max(500, 'blocks.tooMany').superRefine(uniqueBlockIds),
});
export type PieceContent = z.output<typeof pieceContentSchema>;

/**
 * Provenance of one locale's text of a block: its own revision counter, when it was last
 * written or confirmed, and the other locale's revision it was written against. The server
 * computes it (lib/pieces/provenance.ts); an editor never sends it.
 */
const storedBlockTextSchema = blockTextSchema.extend({
  rev: z.number().int().positive(),
  writtenAt: z.iso.datetime(),
  basedOn: z.number().int().nonnegative().nullable(),
});
export type StoredBlockText = z.output<typeof storedBlockTextSchema>;

export const storedBlockSchema = blockDraftSchema.extend({
  id: blockIdSchema,
  texts: z.object({ 'zh-HK': storedBlockTextSchema, en: storedBlockTextSchema }),
});
export type StoredBlock = z.output<typeof storedBlockSchema>;

/** A piece's content as a revision snapshot stores it: every block with its id and provenance. */
export const storedContentSchema = z.object({
  ...headSchema,
  blocks: z.array(storedBlockSchema).max(500, 'blocks.tooMany').superRefine(uniqueBlockIds),
});
export type StoredContent = z.output<typeof storedContentSchema>;

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

/** The locales a piece is published in: at least one, each once, each a locale of the site. */
export const editionsSchema = z
  .array(z.enum(LOCALES, 'editions.unknown'), 'editions.empty')
  .min(1, 'editions.empty')
  .refine((l) => new Set(l).size === l.length, 'editions.duplicate');

const pieceIdSchema = z.string().min(1).max(40);

/** Publishing now: which piece, in which locales. */
/** "blockId:locale" of each stale block the editor said yes to publishing as it is. */
const acknowledgedStaleSchema = z.array(z.string().max(60)).max(1000).default([]);

export const piecePublishSchema = z.object({ pieceId: pieceIdSchema, editions: editionsSchema, acknowledgeStale: acknowledgedStaleSchema });
export type PiecePublishInput = z.input<typeof piecePublishSchema>;

/** Scheduling: as publishing, at a Hong Kong wall-clock time from the form ("2026-12-02T09:30"). */
export const pieceScheduleSchema = piecePublishSchema.extend({ at: z.string().max(20) });
