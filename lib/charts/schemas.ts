// zod schema for charts, shared by the seed and the admin panel.
import { z } from 'zod';
import { CHART_KINDS } from './types';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug.format')
  .max(60);
const both = (max: number, min = 0) =>
  z.object({ 'zh-HK': z.string().trim().min(min, 'required').max(max, 'text.tooLong'), en: z.string().trim().min(min, 'required').max(max, 'text.tooLong') });
const text = z.object({
  title: z.string().trim().min(1, 'required').max(200, 'text.tooLong'),
  subtitle: z.string().trim().max(300, 'text.tooLong').default(''),
  axis: z.string().trim().max(80, 'text.tooLong').default(''),
  notes: z.string().trim().max(1000, 'text.tooLong').default(''),
});

export const chartInputSchema = z
  .object({
    key: id,
    kind: z.enum(CHART_KINDS),
    texts: z.object({ 'zh-HK': text, en: text }),
    labels: z.object({ categories: z.record(id, both(80, 1)), series: z.record(id, both(40, 1)).default({}) }),
    figures: z
      .array(z.object({ key: z.string().max(80), category: id, series: z.union([id, z.literal('')]).default('') }))
      .min(1, 'chart.empty')
      .max(40, 'chart.tooMany'),
  })
  .refine((c) => c.figures.every((f) => c.labels.categories[f.category]), { message: 'chart.category', path: ['labels'] })
  .refine((c) => c.figures.every((f) => !f.series || c.labels.series[f.series]), { message: 'chart.series', path: ['labels'] })
  .refine((c) => new Set(c.figures.map((f) => f.key)).size === c.figures.length, { message: 'chart.duplicate', path: ['figures'] });
export type ChartInput = z.input<typeof chartInputSchema>;
