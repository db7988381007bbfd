// Writes a piece's content into the tables readers read: texts, aligned blocks and the
// figure references checked against the figures that exist. Blocks are upserted by id, so
// an unchanged block keeps its row, a moved one keeps its id, and a deleted one is gone.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { metaKey } from '@/lib/content/blocks';
import { BodyValidationError, checkBody, type BlockProblem } from '@/lib/content/check-refs';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PieceContent, StoredContent } from './schemas';
import { translationCounts } from './translation-status';

type Tx = Prisma.TransactionClient;

/** Throws BodyValidationError (naming piece, block and key) before anything is written. */
export async function checkContent(tx: Tx, content: PieceContent): Promise<{ keysPerBlock: string[][]; idByKey: Map<string, string> }> {
  const figures = await tx.figure.findMany({ select: { id: true, key: true } });
  const idByKey = new Map(figures.map((f) => [f.key, f.id]));
  const keysPerBlock = checkBody(content.slug, content.blocks, new Set(idByKey.keys()));
  // A chart block uses the chart's figures: they count as used, for sources, correction
  // notes and cache tags, exactly like figures referenced in text.
  const chartKeys = content.blocks.flatMap((b) => (b.type === 'chart' && b.meta.chartId ? [b.meta.chartId] : []));
  const charts = chartKeys.length
    ? await tx.chart.findMany({ where: { key: { in: chartKeys } }, select: { key: true, figures: { select: { figure: { select: { key: true } } } } } })
    : [];
  const problems: BlockProblem[] = [];
  content.blocks.forEach((b, i) => {
    if (b.type !== 'chart') return;
    const chart = charts.find((c) => c.key === b.meta.chartId);
    if (!chart)
      problems.push({
        piece: content.slug,
        block: i + 1,
        locale: 'en',
        field: 'text',
        code: 'unknownChart',
        message: `unknown chart "${b.meta.chartId ?? ''}"`,
        key: b.meta.chartId,
      });
    else keysPerBlock[i] = [...new Set([...keysPerBlock[i]!, ...chart.figures.map((f) => f.figure.key)])];
  });
  // An image block shows only a photo of the library, never an arbitrary address.
  const mediaIds = content.blocks.flatMap((b) => (b.type === 'image' && b.meta.mediaId ? [b.meta.mediaId] : []));
  const media = new Set(mediaIds.length ? (await tx.mediaAsset.findMany({ where: { id: { in: mediaIds } }, select: { id: true } })).map((m) => m.id) : []);
  content.blocks.forEach((b, i) => {
    if (b.type === 'image' && b.meta.mediaId && !media.has(b.meta.mediaId))
      problems.push({ piece: content.slug, block: i + 1, locale: 'en', field: 'text', code: 'unknownPhoto', message: `unknown photo "${b.meta.mediaId}"`, key: b.meta.mediaId });
  });
  if (problems.length) throw new BodyValidationError(problems);
  return { keysPerBlock, idByKey };
}

/** A block id that another piece already uses: ids are global, so one piece cannot take another's. */
export class BlockIdTakenError extends Error {
  constructor(readonly blockId: string) {
    super('block.idTaken');
  }
}

const textRow = (t: StoredContent['blocks'][number]['texts']['en']) => ({
  text: t.text,
  attribution: t.attribution,
  rev: t.rev,
  writtenAt: new Date(t.writtenAt),
  basedOnRev: t.basedOn,
});

export async function materialize(tx: Tx, pieceId: string, content: StoredContent): Promise<void> {
  const { keysPerBlock, idByKey } = await checkContent(tx, content);
  for (const locale of LOCALES) {
    const data = content.texts[locale];
    await tx.pieceText.upsert({ where: { pieceId_locale: { pieceId, locale } }, create: { pieceId, locale, ...data }, update: data });
  }
  const ids = content.blocks.map((b) => b.id);
  const foreign = await tx.block.findFirst({ where: { id: { in: ids }, NOT: { pieceId } }, select: { id: true } });
  if (foreign) throw new BlockIdTakenError(foreign.id);
  await tx.block.deleteMany({ where: { pieceId, id: { notIn: ids } } });
  const existing = await tx.block.findMany({
    where: { pieceId },
    select: { id: true, position: true, type: true, meta: true, texts: true, figureRefs: { select: { figureId: true } } },
  });
  const byId = new Map(existing.map((b) => [b.id, b]));
  for (const [position, block] of content.blocks.entries()) {
    const meta = metaKey(block.meta);
    const figureIds = keysPerBlock[position]!.map((key) => idByKey.get(key)!).sort();
    const row = byId.get(block.id);
    if (!row) {
      await tx.block.create({
        data: {
          id: block.id,
          pieceId,
          position,
          type: block.type,
          meta,
          texts: { create: LOCALES.map((locale) => ({ locale, ...textRow(block.texts[locale]) })) },
          figureRefs: { create: figureIds.map((figureId) => ({ figureId })) },
        },
      });
      continue;
    }
    if (row.position !== position || row.type !== block.type || row.meta !== meta) {
      await tx.block.update({ where: { id: block.id }, data: { position, type: block.type, meta } });
    }
    for (const locale of LOCALES) {
      const want = textRow(block.texts[locale]);
      const have = row.texts.find((t) => t.locale === locale);
      const same =
        have &&
        have.text === want.text &&
        have.attribution === want.attribution &&
        have.rev === want.rev &&
        have.basedOnRev === want.basedOnRev &&
        have.writtenAt.getTime() === want.writtenAt.getTime();
      if (!same) await tx.blockText.upsert({ where: { blockId_locale: { blockId: block.id, locale } }, create: { blockId: block.id, locale, ...want }, update: want });
    }
    const haveRefs = row.figureRefs.map((r) => r.figureId).sort();
    if (haveRefs.join() !== figureIds.join()) {
      await tx.blockFigureRef.deleteMany({ where: { blockId: block.id } });
      if (figureIds.length) await tx.blockFigureRef.createMany({ data: figureIds.map((figureId) => ({ blockId: block.id, figureId })) });
    }
  }
}

/** Records the content as revision `version` of the piece, with its translation counts. */
export async function recordRevision(tx: Tx, pieceId: string, version: number, content: StoredContent, editor: { id: string | null; name: string }, summary = ''): Promise<void> {
  await tx.pieceRevision.create({
    data: { pieceId, version, editorId: editor.id, editorName: editor.name, summary, snapshot: JSON.stringify(content) },
  });
  await writeTranslationStatus(tx, pieceId, content);
}

/** Keeps PieceTranslation in step with the working copy (every revision, and data migrations). */
export async function writeTranslationStatus(tx: Tx, pieceId: string, content: StoredContent): Promise<void> {
  const counts = translationCounts(content);
  for (const locale of LOCALES) {
    const data = counts[locale];
    await tx.pieceTranslation.upsert({ where: { pieceId_locale: { pieceId, locale } }, create: { pieceId, locale, ...data }, update: data });
  }
}
