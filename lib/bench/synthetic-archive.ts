// `npm run bench:seed`: grows a synthetic archive to N published pieces for the growth
// benchmarks, with bulk inserts (createPiece's one transaction per piece would take minutes
// at 10,000). Every row is what createPiece writes: texts, aligned blocks, checked figure
// references and a first revision, so the reader, crawler and editor views read it as real;
// every tenth piece also has an old slug, as a renamed piece has, for the proxy's 301 table.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { LOCALES } from '@/i18n/locales';
import { db } from '@/lib/db';
import { metaKey } from '@/lib/content/blocks';
import { checkBody } from '@/lib/content/check-refs';
import { createFigureIfMissing } from '@/lib/figures/mutations';
import type { Prisma } from '@/lib/generated/prisma/client';
import { storeContent } from '@/lib/pieces/provenance';
import { pieceContentSchema } from '@/lib/pieces/schemas';
import { createSeriesIfMissing } from '@/lib/series/mutations';
import { ONE_PERCENT_FIGURE, SYNTHETIC_SERIES, SYNTHETIC_SLUG_PREFIX, syntheticOldSlug, syntheticPiece } from './synthetic-content';

const BATCH = 500;
/** Publication times: one piece an hour, back from a fixed date, so every piece is public. */
const NEWEST = Date.UTC(2025, 0, 1);

async function ensureScaffolding(): Promise<void> {
  for (const slug of SYNTHETIC_SERIES) {
    const name = slug.slice(SYNTHETIC_SLUG_PREFIX.length);
    await createSeriesIfMissing({
      slug,
      title: { 'zh-HK': `基準存檔:${name}`, en: `Benchmark archive: ${name}` },
      description: { 'zh-HK': '基準測試用的合成系列。', en: 'A synthetic series for benchmarks.' },
    });
  }
  await createFigureIfMissing({
    key: ONE_PERCENT_FIGURE,
    kind: 'count',
    value: 1000,
    asOf: new Date(NEWEST),
    label: { 'zh-HK': '基準數字', en: 'Benchmark figure' },
    sourceName: { 'zh-HK': '基準測試', en: 'Benchmark' },
  });
}

export async function syntheticPieceCount(): Promise<number> {
  return db.piece.count({ where: { series: { slug: { in: [...SYNTHETIC_SERIES] } } } });
}

/** Adds pieces until the synthetic series hold `target` in all; returns how many it added. */
export async function growSyntheticArchive(target: number, log: (line: string) => void = () => {}): Promise<number> {
  await ensureScaffolding();
  const figures = await db.figure.findMany({ select: { id: true, key: true }, orderBy: { key: 'asc' } });
  const idByKey = new Map(figures.map((f) => [f.key, f.id]));
  const keys = figures.map((f) => f.key).filter((k) => k !== ONE_PERCENT_FIGURE);
  const series = await db.series.findMany({ where: { slug: { in: [...SYNTHETIC_SERIES] } }, select: { id: true, slug: true } });
  const seriesId = new Map(series.map((s) => [s.slug, s.id]));
  const nextPosition = new Map<string, number>();
  for (const s of series) {
    const last = await db.piece.aggregate({ where: { seriesId: s.id }, _max: { position: true } });
    nextPosition.set(s.id, (last._max.position ?? 0) + 1);
  }
  const existing = await syntheticPieceCount();
  for (let from = existing + 1; from <= target; from += BATCH) {
    const to = Math.min(target, from + BATCH - 1);
    const pieces: Prisma.PieceCreateManyInput[] = [];
    const texts: Prisma.PieceTextCreateManyInput[] = [];
    const blocks: Prisma.BlockCreateManyInput[] = [];
    const blockTexts: Prisma.BlockTextCreateManyInput[] = [];
    const refs: Prisma.BlockFigureRefCreateManyInput[] = [];
    const revisions: Prisma.PieceRevisionCreateManyInput[] = [];
    const redirects: Prisma.SlugRedirectCreateManyInput[] = [];
    for (let n = from; n <= to; n++) {
      const { seriesSlug, content: raw } = syntheticPiece(n, keys);
      const publishedAt = new Date(NEWEST - (target - n) * 3_600_000);
      const content = storeContent(pieceContentSchema.parse(raw), null, publishedAt);
      const keysPerBlock = checkBody(content.slug, content.blocks, new Set(idByKey.keys()));
      const sid = seriesId.get(seriesSlug)!;
      const position = nextPosition.get(sid)!;
      nextPosition.set(sid, position + 1);
      const id = randomUUID();
      pieces.push({
        id,
        seriesId: sid,
        position,
        kind: n % 5 === 0 ? 'editorial' : 'feature',
        slug: content.slug,
        status: 'published',
        publishedAt,
        firstPublishedAt: publishedAt,
        modifiedAt: publishedAt,
      });
      for (const locale of LOCALES) texts.push({ id: randomUUID(), pieceId: id, locale, ...content.texts[locale] });
      content.blocks.forEach((b, i) => {
        const blockId = b.id;
        blocks.push({ id: blockId, pieceId: id, position: i, type: b.type, meta: metaKey(b.meta) });
        for (const locale of LOCALES) {
          const t = b.texts[locale];
          blockTexts.push({ id: randomUUID(), blockId, locale, text: t.text, attribution: t.attribution, rev: t.rev, writtenAt: new Date(t.writtenAt), basedOnRev: t.basedOn });
        }
        for (const key of keysPerBlock[i]!) refs.push({ blockId, figureId: idByKey.get(key)! });
      });
      revisions.push({ id: randomUUID(), pieceId: id, version: 1, editorName: 'Tandem benchmark', summary: 'created', snapshot: JSON.stringify(content) });
      const oldSlug = syntheticOldSlug(n);
      if (oldSlug) redirects.push({ id: randomUUID(), seriesId: sid, oldSlug, pieceId: id, createdAt: publishedAt });
    }
    await db.$transaction([
      db.piece.createMany({ data: pieces }),
      db.pieceText.createMany({ data: texts }),
      db.block.createMany({ data: blocks }),
      db.blockText.createMany({ data: blockTexts }),
      db.blockFigureRef.createMany({ data: refs }),
      db.pieceRevision.createMany({ data: revisions }),
      db.slugRedirect.createMany({ data: redirects }),
    ]);
    log(`synthetic pieces ${from}–${to} added`);
  }
  return Math.max(0, target - existing);
}
