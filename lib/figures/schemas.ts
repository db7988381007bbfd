// zod schemas for figures, shared by the seed, the admin forms (in the browser too) and the
// actions. Issue messages are codes ("key.format"); lib/figures/field-errors.ts words them.
import { z } from 'zod';
import { FIGURE_KINDS } from './types';

/** A plain decimal as typed: optional sign, digits, optional fraction. No exponent, hex, words or spaces inside. */
export const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Larger than any figure a newsroom prints; stops 400-digit strings that round to huge floats. */
export const MAX_MAGNITUDE = 1e18;
/** Keys that are addresses of the admin panel itself. */
export const RESERVED_KEYS = ['new'];

/** A number from a form field (strict decimal text) or from code (a finite number); else an issue code. */
export function parseDecimal(raw: unknown): number | string {
  let n: number;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const s = raw.trim();
    if (!s) return 'required';
    if (s.length > 40 || !DECIMAL.test(s)) return 'number.decimal';
    n = Number(s);
  } else return 'required';
  if (!Number.isFinite(n)) return 'number.decimal';
  if (Math.abs(n) >= MAX_MAGNITUDE) return 'number.tooLarge';
  return n;
}

/** A required decimal. */
export const decimalInput = z.unknown().transform((raw, ctx): number => {
  const r = parseDecimal(raw);
  if (typeof r === 'string') {
    ctx.addIssue({ code: 'custom', message: r });
    return z.NEVER;
  }
  return r;
});

/** An optional decimal: an empty field, null or undefined is "no value" (null). */
export const optionalDecimalInput = z.unknown().transform((raw, ctx): number | null => {
  if (raw === undefined || raw === null || (typeof raw === 'string' && !raw.trim())) return null;
  const r = parseDecimal(raw);
  if (typeof r === 'string') {
    ctx.addIssue({ code: 'custom', message: r });
    return z.NEVER;
  }
  return r;
});

/** A calendar day: a Date, or YYYY-MM-DD that names a real day (read as UTC midnight). */
export const dayInput = z.unknown().transform((raw, ctx): Date => {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw;
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) {
    const d = new Date(`${raw.trim()}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw.trim()) return d;
  }
  ctx.addIssue({ code: 'custom', message: typeof raw === 'string' && !raw.trim() ? 'required' : 'date.invalid' });
  return z.NEVER;
});

const text = (max: number) => z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'text.tooLong');
const localized = (max: number) => z.object({ 'zh-HK': text(max), en: text(max) });

/** An http(s) address, or nothing (an empty field). */
const sourceUrlInput = z
  .string()
  .trim()
  .max(500, 'text.tooLong')
  .optional()
  .transform((v) => v || undefined)
  .pipe(z.url({ protocol: /^https?$/, error: 'url.invalid' }).optional());

export const figureKeySchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(80, 'text.tooLong')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'key.format')
  .refine((k) => !RESERVED_KEYS.includes(k), 'key.reserved');

/** What describes a figure without being its value: editable without a public correction. */
const metaFields = {
  label: localized(200),
  sourceName: localized(200),
  sourceUrl: sourceUrlInput,
  asOf: dayInput,
};

export const figureCreateSchema = z
  .object({
    key: figureKeySchema,
    kind: z.enum(FIGURE_KINDS, { error: 'kind.invalid' }),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^(?:[A-Z]{3})?$/, 'currency.format')
      .optional()
      .transform((v) => v || undefined),
    value: decimalInput,
    valueHigh: optionalDecimalInput.optional().transform((v) => v ?? undefined),
    /** Derived figures: a formula over other figures; the value is computed from it. */
    formula: z.string().max(500, 'text.tooLong').optional(),
    ...metaFields,
    /** What the number is exactly, where the source differs from the text, or why it is dated so. */
    note: z.object({ 'zh-HK': z.string().trim().max(500, 'text.tooLong'), en: z.string().trim().max(500, 'text.tooLong') }).optional(),
  })
  .refine((f) => f.kind !== 'currency' || Boolean(f.currency), { message: 'currency.required', path: ['currency'] })
  .refine((f) => f.kind === 'currency' || !f.currency, { message: 'currency.forbidden', path: ['currency'] })
  .refine((f) => f.valueHigh === undefined || f.valueHigh > f.value, { message: 'range.order', path: ['valueHigh'] });
export type FigureCreateInput = z.input<typeof figureCreateSchema>;
export type FigureCreate = z.output<typeof figureCreateSchema>;

/** A metadata edit, based on the version the editor loaded. */
export const figureMetaSchema = z.object({
  key: z.string().min(1).max(80),
  expectedVersion: z.coerce.number().int().positive(),
  ...metaFields,
  note: z.object({ 'zh-HK': z.string().trim().max(500, 'text.tooLong'), en: z.string().trim().max(500, 'text.tooLong') }).optional(),
});
export type FigureMetaInput = z.input<typeof figureMetaSchema>;

export const FIGURE_USES = ['piece', 'chart', 'unused'] as const;
export type FigureUse = (typeof FIGURE_USES)[number];

const firstOf = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The figures list's search params; anything unreadable is ignored, never an error page. */
export const figureListQuerySchema = z.object({
  q: z.preprocess(firstOf, z.string().trim().max(100).catch('')).default(''),
  kind: z.preprocess(firstOf, z.enum(FIGURE_KINDS).optional()).catch(undefined),
  use: z.preprocess(firstOf, z.enum(FIGURE_USES).optional()).catch(undefined),
});
export type FigureListQuery = z.output<typeof figureListQuerySchema>;
