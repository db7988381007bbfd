// zod schema for figures, shared by the seed and the admin panel.
import { z } from 'zod';
import { FIGURE_KINDS } from './types';

const localized = (max: number) => z.object({ 'zh-HK': z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

export const figureCreateSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(80),
    kind: z.enum(FIGURE_KINDS),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    value: z.number().finite(),
    valueHigh: z.number().finite().optional(),
    asOf: z.coerce.date(),
    sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Derived figures: a formula over other figures; the value is computed from it. */
    formula: z.string().max(500).optional(),
    label: localized(200),
    sourceName: localized(200),
    /** What the number is exactly, where the source differs from the text, or why it is dated so. */
    note: z.object({ 'zh-HK': z.string().trim().max(500), en: z.string().trim().max(500) }).optional(),
  })
  .refine((f) => (f.kind === 'currency') === Boolean(f.currency), { message: 'currency.required', path: ['currency'] })
  .refine((f) => f.valueHigh === undefined || f.valueHigh > f.value, { message: 'range.order', path: ['valueHigh'] });
export type FigureCreateInput = z.input<typeof figureCreateSchema>;
