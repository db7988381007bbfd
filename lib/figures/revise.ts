// Revising a figure: the value changes once, a public revision and an audit entry are
// written in the same transaction, and every piece using the figure is marked modified.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/write';
import { TAGS } from '@/lib/cache/tags';
import { resolveDerived } from './formula';
import { decimalInput, optionalDecimalInput } from './schemas';

export const figureReviseSchema = z
  .object({
    key: z.string().min(1).max(80),
    expectedVersion: z.coerce.number().int().positive(),
    // Strict decimals, as typed: an empty field is an error, never zero; "1e3" or "0x10" are refused.
    value: decimalInput,
    valueHigh: optionalDecimalInput.optional().transform((v) => v ?? null),
    reasonZhHK: z.string().trim().min(4, 'reason.tooShort').max(500, 'reason.tooLong'),
    reasonEn: z.string().trim().min(4, 'reason.tooShort').max(500, 'reason.tooLong'),
  })
  .refine((f) => f.valueHigh === null || f.valueHigh > f.value, { message: 'range.order', path: ['valueHigh'] });
export type FigureReviseInput = z.input<typeof figureReviseSchema>;

export interface Editor {
  id: string;
  email: string;
  name: string;
}

/** The figure changed since the editor loaded it; `current` is what is stored now. */
export class FigureConflictError extends Error {
  constructor(readonly current: { value: number; valueHigh: number | null; version: number }) {
    super('figure.conflict');
    this.name = 'FigureConflictError';
  }
}

/** Derived figures follow their inputs; they cannot be revised by hand. */
export class DerivedFigureError extends Error {
  constructor() {
    super('figure.derived');
  }
}

export interface FigureRevised {
  figureId: string;
  version: number;
  /** Pieces (series slug, piece slug) whose pages show the figure. */
  pieces: { series: string; piece: string }[];
  /** Reader cache tags the revision expires: the figure, the figures derived from it, and the set of figures. */
  tags: string[];
}

export async function reviseFigure(raw: FigureReviseInput, editor: Editor, ip?: string | null): Promise<FigureRevised> {
  const input = figureReviseSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const figure = await tx.figure.findUnique({ where: { key: input.key }, select: { id: true, value: true, valueHigh: true, version: true, formula: true } });
    if (!figure) throw new Error(`No figure "${input.key}"`);
    if (figure.formula) throw new DerivedFigureError();
    // Compare-and-set on the version: of two editors saving at once, exactly one wins.
    const updated = await tx.figure.updateMany({
      where: { id: figure.id, version: input.expectedVersion },
      data: { value: input.value, valueHigh: input.valueHigh, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const now = await tx.figure.findUniqueOrThrow({ where: { id: figure.id }, select: { value: true, valueHigh: true, version: true } });
      throw new FigureConflictError(now);
    }
    await tx.figureRevision.create({
      data: {
        figureId: figure.id,
        oldValue: figure.value,
        oldValueHigh: figure.valueHigh,
        newValue: input.value,
        newValueHigh: input.valueHigh,
        reasonZhHK: input.reasonZhHK,
        reasonEn: input.reasonEn,
        editorId: editor.id,
        editorName: editor.name,
      },
    });
    const derived = await updateDerived(tx, input.key, input, editor);
    const changed = [figure.id, ...derived.map((d) => d.id)];
    const pieces = await tx.piece.findMany({
      where: { blocks: { some: { figureRefs: { some: { figureId: { in: changed } } } } } },
      select: { id: true, slug: true, series: { select: { slug: true } } },
    });
    await tx.piece.updateMany({ where: { id: { in: pieces.map((p) => p.id) } }, data: { modifiedAt: new Date() } });
    await writeAudit(tx, {
      action: 'figure.revise',
      actor: editor,
      target: { type: 'figure', id: input.key },
      summary: `${input.key}: ${figure.value} → ${input.value}`,
      details: { old: [figure.value, figure.valueHigh], new: [input.value, input.valueHigh], reasonEn: input.reasonEn },
      ip,
    });
    const tags = [TAGS.figure(input.key), ...derived.map((d) => TAGS.figure(d.key)), TAGS.figures];
    return { figureId: figure.id, version: figure.version + 1, pieces: pieces.map((p) => ({ series: p.series.slug, piece: p.slug })), tags };
  });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Recomputes the derived figures after an input changed; each change is a public revision too. */
async function updateDerived(tx: Tx, inputKey: string, input: { reasonZhHK: string; reasonEn: string }, editor: Editor): Promise<{ id: string; key: string }[]> {
  const all = await tx.figure.findMany({ select: { id: true, key: true, value: true, formula: true } });
  if (!all.some((f) => f.formula)) return [];
  const values = resolveDerived(new Map(all.map((f) => [f.key, { value: f.value, formula: f.formula }])));
  const changed: { id: string; key: string }[] = [];
  for (const f of all) {
    const next = values.get(f.key);
    if (next === undefined || Math.abs(next - f.value) <= Math.abs(f.value) * 1e-12) continue;
    await tx.figure.update({ where: { id: f.id }, data: { value: next, version: { increment: 1 } } });
    await tx.figureRevision.create({
      data: {
        figureId: f.id,
        oldValue: f.value,
        newValue: next,
        reasonZhHK: `${input.reasonZhHK}(隨「${inputKey}」重新計算)`,
        reasonEn: `${input.reasonEn} (recalculated from ${inputKey})`,
        editorId: editor.id,
        editorName: editor.name,
      },
    });
    changed.push({ id: f.id, key: f.key });
  }
  return changed;
}
