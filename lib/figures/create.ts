// Creating a figure from the editors' desk: validated with the form's own schema, the key
// checked (and a lost race on it caught), written with its texts and an audit entry in one
// transaction. The figure shows on the open-data pages and in the editor's picker at once.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { writeAudit } from '@/lib/audit/write';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { uniqueViolation } from '@/lib/db/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { FormulaError, parseFormula, resolveDerived } from './formula';
import type { Editor } from './revise';
import { figureCreateSchema, type FigureCreate } from './schemas';

/** Input that passed the schema but not the data: codes by field, such as { key: 'key.taken' }. */
export class FigureFieldError extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(
      `figure: ${Object.entries(fields)
        .map(([f, c]) => `${f} ${c}`)
        .join(', ')}`,
    );
    this.name = 'FigureFieldError';
  }
}

type Tx = Prisma.TransactionClient;

/** Writes a validated figure and its texts; derived figures get their computed value. */
export async function insertFigure(tx: Tx, f: FigureCreate): Promise<{ id: string }> {
  let value = f.value;
  if (f.formula) {
    try {
      parseFormula(f.formula);
      const all = await tx.figure.findMany({ select: { key: true, value: true, formula: true } });
      const map = new Map(all.map((x) => [x.key, { value: x.value, formula: x.formula }]));
      map.set(f.key, { value: f.value, formula: f.formula });
      value = resolveDerived(map).get(f.key)!;
    } catch (e) {
      if (e instanceof FormulaError) throw new FigureFieldError({ formula: `formula.${e.code}` });
      throw e;
    }
  }
  return tx.figure.create({
    data: {
      key: f.key,
      kind: f.kind,
      currency: f.currency ?? null,
      value,
      valueHigh: f.valueHigh ?? null,
      formula: f.formula ?? null,
      asOf: f.asOf,
      sourceUrl: f.sourceUrl ?? null,
      texts: { create: LOCALES.map((locale) => ({ locale, label: f.label[locale], sourceName: f.sourceName[locale], note: f.note?.[locale] ?? '' })) },
    },
    select: { id: true },
  });
}

export interface FigureCreated {
  key: string;
  /** The set of figures (open-data index, downloads, sitemaps) and the new key's own pages. */
  tags: string[];
}

/** Creates a figure; throws a ZodError for invalid input and a FigureFieldError for a taken key. */
export async function createFigure(raw: unknown, editor: Editor, ip?: string | null): Promise<FigureCreated> {
  const f = figureCreateSchema.parse(raw);
  try {
    await db.$transaction(async (tx) => {
      if (await tx.figure.findUnique({ where: { key: f.key }, select: { id: true } })) throw new FigureFieldError({ key: 'key.taken' });
      await insertFigure(tx, f);
      await writeAudit(tx, {
        action: 'figure.create',
        actor: editor,
        target: { type: 'figure', id: f.key },
        summary: `${f.key}: ${f.value}${f.valueHigh !== undefined ? `–${f.valueHigh}` : ''}`,
        details: { kind: f.kind, currency: f.currency ?? null, value: f.value, valueHigh: f.valueHigh ?? null, asOf: f.asOf.toISOString().slice(0, 10) },
        ip,
      });
    });
  } catch (e) {
    // Two editors creating one key at once: the loser hits the unique index, not a 500.
    if (/key/i.test(uniqueViolation(e)?.constraint ?? '')) throw new FigureFieldError({ key: 'key.taken' });
    throw e;
  }
  return { key: f.key, tags: [TAGS.figures, TAGS.figure(f.key)] };
}
