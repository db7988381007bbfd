// Creating and changing charts. A chart's figures count as used by every piece that places
// the chart, so references are refreshed whenever the chart's figures change.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { writeAudit } from '@/lib/audit/write';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { chartInputSchema, type ChartInput } from './schemas';

export class ChartError extends Error {}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
/** Who made a change, for the audit log; the seed passes none and writes no entry. */
type Actor = { id: string; email: string } | null;

async function writeChart(tx: Tx, chartId: string, input: ReturnType<typeof chartInputSchema.parse>): Promise<void> {
  const figures = await tx.figure.findMany({ where: { key: { in: input.figures.map((f) => f.key) } }, select: { id: true, key: true } });
  const missing = input.figures.filter((f) => !figures.some((x) => x.key === f.key)).map((f) => f.key);
  if (missing.length) throw new ChartError(`unknown figure "${missing.join('", "')}"`);
  const idOf = new Map(figures.map((f) => [f.key, f.id]));
  await tx.chartFigure.deleteMany({ where: { chartId } });
  await tx.chartFigure.createMany({ data: input.figures.map((f, position) => ({ chartId, figureId: idOf.get(f.key)!, position, category: f.category, series: f.series })) });
  for (const locale of LOCALES) {
    const t = input.texts[locale];
    await tx.chartText.upsert({ where: { chartId_locale: { chartId, locale } }, create: { chartId, locale, ...t }, update: t });
  }
  // Blocks placing this chart now use its new set of figures.
  const blocks = await tx.block.findMany({ where: { type: 'chart', meta: { contains: `"chartId":"${input.key}"` } }, select: { id: true, texts: { select: { text: true } } } });
  for (const b of blocks) {
    await tx.blockFigureRef.deleteMany({ where: { blockId: b.id } });
    await tx.blockFigureRef.createMany({ data: [...new Set(idOf.values())].map((figureId) => ({ blockId: b.id, figureId })) });
  }
}

export async function createChartIfMissing(raw: ChartInput, actor: Actor = null): Promise<boolean> {
  const input = chartInputSchema.parse(raw);
  return db.$transaction(async (tx) => {
    if (await tx.chart.findUnique({ where: { key: input.key }, select: { id: true } })) return false;
    const chart = await tx.chart.create({ data: { key: input.key, kind: input.kind, labels: JSON.stringify(input.labels) }, select: { id: true } });
    await writeChart(tx, chart.id, input);
    if (actor) await writeAudit(tx, { action: 'chart.create', actor, target: { type: 'chart', id: input.key }, summary: `${input.key} (${input.kind})` });
    return true;
  });
}

export class ChartConflictError extends Error {}

/** Saves a chart based on a known version; returns the pieces whose pages show it. */
export async function updateChart(
  raw: ChartInput,
  expectedVersion: number,
  actor: Actor = null,
): Promise<{ version: number; pieces: { series: string; piece: string }[]; tags: string[] }> {
  const input = chartInputSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const chart = await tx.chart.findUnique({ where: { key: input.key }, select: { id: true } });
    if (!chart) throw new ChartError('chart.notFound');
    const updated = await tx.chart.updateMany({
      where: { id: chart.id, version: expectedVersion },
      data: { kind: input.kind, labels: JSON.stringify(input.labels), version: { increment: 1 } },
    });
    if (!updated.count) throw new ChartConflictError('chart.conflict');
    await writeChart(tx, chart.id, input);
    if (actor) await writeAudit(tx, { action: 'chart.update', actor, target: { type: 'chart', id: input.key }, summary: `${input.key} v${expectedVersion + 1}` });
    const pieces = await tx.piece.findMany({
      where: { blocks: { some: { type: 'chart', meta: { contains: `"chartId":"${input.key}"` } } } },
      select: { slug: true, series: { select: { slug: true } } },
    });
    return { version: expectedVersion + 1, pieces: pieces.map((p) => ({ series: p.series.slug, piece: p.slug })), tags: [TAGS.chart(input.key), TAGS.charts] };
  });
}

/** Removes a chart that no piece places; a placed chart must be taken out of its pieces first. */
export async function deleteChart(key: string, actor: Actor = null): Promise<{ tags: string[] }> {
  await db.$transaction(async (tx) => {
    const used = await tx.block.count({ where: { type: 'chart', meta: { contains: `"chartId":"${key}"` } } });
    if (used) throw new ChartError('chart.inUse');
    await tx.chart.delete({ where: { key } });
    if (actor) await writeAudit(tx, { action: 'chart.delete', actor, target: { type: 'chart', id: key }, summary: key });
  });
  return { tags: [TAGS.chart(key), TAGS.charts] };
}
