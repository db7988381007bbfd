// Writes a piece's content into the tables readers read: texts, aligned blocks and the
// figure references checked against the figures that exist.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { BodyValidationError, checkBody, type BlockProblem } from '@/lib/content/check-refs';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PieceContent } from './schemas';

type Tx = Prisma.TransactionClient;

/** Throws BodyValidationError (naming piece, block and key) before anything is written. */
export async function checkContent(tx: Tx, content: PieceContent): Promise<{ keysPerBlock: string[][]; idByKey: Map<string, string> }> {
  const figures = await tx.figure.findMany({ select: { id: true, key: true } });
  const idByKey = new Map(figures.map((f) => [f.key, f.id]));
  const keysPerBlock = checkBody(content.slug, content.blocks, new Set(idByKey.keys()));
  // A chart block uses the chart's figures: they count as used, for sources, correction
  // notes and revalidation, exactly like figures referenced in text.
  const chartKeys = content.blocks.flatMap((b) => (b.type === 'chart' && b.meta.chartId ? [b.meta.chartId] : []));
  const charts = chartKeys.length
    ? await tx.chart.findMany({ where: { key: { in: chartKeys } }, select: { key: true, figures: { select: { figure: { select: { key: true } } } } } })
    : [];
  const problems: BlockProblem[] = [];
  content.blocks.forEach((b, i) => {
    if (b.type !== 'chart') return;
    const chart = charts.find((c) => c.key === b.meta.chartId);
    if (!chart) problems.push({ piece: content.slug, block: i + 1, locale: 'en', message: `unknown chart "${b.meta.chartId ?? ''}"`, key: b.meta.chartId });
    else keysPerBlock[i] = [...new Set([...keysPerBlock[i]!, ...chart.figures.map((f) => f.figure.key)])];
  });
  if (problems.length) throw new BodyValidationError(problems);
  return { keysPerBlock, idByKey };
}

export async function materialize(tx: Tx, pieceId: string, content: PieceContent): Promise<void> {
  const { keysPerBlock, idByKey } = await checkContent(tx, content);
  for (const locale of LOCALES) {
    const data = content.texts[locale];
    await tx.pieceText.upsert({ where: { pieceId_locale: { pieceId, locale } }, create: { pieceId, locale, ...data }, update: data });
  }
  await tx.block.deleteMany({ where: { pieceId } });
  for (const [position, block] of content.blocks.entries()) {
    await tx.block.create({
      data: {
        pieceId,
        position,
        type: block.type,
        meta: JSON.stringify(block.meta),
        texts: { create: LOCALES.map((locale) => ({ locale, ...block.texts[locale] })) },
        figureRefs: { create: keysPerBlock[position]!.map((key) => ({ figureId: idByKey.get(key)! })) },
      },
    });
  }
}

/** Records the content as revision `version` of the piece. */
export async function recordRevision(tx: Tx, pieceId: string, version: number, content: PieceContent, editor: { id: string | null; name: string }, summary = ''): Promise<void> {
  await tx.pieceRevision.create({
    data: { pieceId, version, editorId: editor.id, editorName: editor.name, summary, snapshot: JSON.stringify(content) },
  });
}
