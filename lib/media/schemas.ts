// zod schemas of the media library's forms, shared by the forms and the server.
import { z } from 'zod';

const unit = z.number().min(0).max(1);
const localeText = z.object({ alt: z.string().trim().max(500, 'text.tooLong'), caption: z.string().trim().max(1000, 'text.tooLong') });

export const mediaIdSchema = z.string().regex(/^[a-z0-9]{8,40}$/);

/** Alt text and caption per locale (translators too); credit, licence and focal point (editors). */
export const mediaDescribeSchema = z.object({
  id: mediaIdSchema,
  texts: z.object({ 'zh-HK': localeText, en: localeText }),
  credit: z.string().trim().max(200, 'text.tooLong').optional(),
  licence: z.string().trim().max(200, 'text.tooLong').optional(),
  focal: z.object({ x: unit, y: unit }).optional(),
});
export type MediaDescribeInput = z.input<typeof mediaDescribeSchema>;

export const leadImageSchema = z.object({ pieceId: z.string().min(1).max(40), mediaId: mediaIdSchema.nullable() });
