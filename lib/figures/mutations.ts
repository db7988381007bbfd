// Creates figures for the seed and the benchmarks. Editors create them through create.ts.
import 'server-only';
import { db } from '@/lib/db';
import { insertFigure } from './create';
import { figureCreateSchema, type FigureCreateInput } from './schemas';

/** Creates the figure unless one with its key exists; returns whether it was created. */
export async function createFigureIfMissing(raw: FigureCreateInput): Promise<boolean> {
  const f = figureCreateSchema.parse(raw);
  return db.$transaction(async (tx) => {
    if (await tx.figure.findUnique({ where: { key: f.key }, select: { id: true } })) return false;
    await insertFigure(tx, f);
    return true;
  });
}
