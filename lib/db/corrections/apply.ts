// Applies a frozen set of corrections to seeded content in an existing database. Each field is
// rewritten only where it still holds the value the seed wrote, so an editor's change is never
// overwritten. A piece's correction is a new revision; it goes live at once only when the piece
// has no unpublished edits (otherwise it waits in the working copy for the next publish).
import 'server-only';
import { writeAudit } from '@/lib/audit/write';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseEditions, publishedContent } from '@/lib/pieces/editions';
import { materialize, recordRevision } from '@/lib/pieces/materialize';
import { isStale, storeContent } from '@/lib/pieces/provenance';
import { editsInPlace } from '@/lib/pieces/save';
import type { PieceContent, StoredContent } from '@/lib/pieces/schemas';
import { parseSnapshot } from '@/lib/pieces/snapshot';
import type { ChartCorrections, FigureCorrections, PieceCorrections, SeedCorrections } from './types';

type Tx = Prisma.TransactionClient;
const BY = { id: null, name: 'Tandem (data migration)' };

/** The corrected draft of `content`, and the ids of blocks whose English alone changed; null when nothing applies. */
export function correctContent(content: StoredContent, c: PieceCorrections): { draft: PieceContent; englishOnly: Set<string> } | null {
  let changed = false;
  const texts = structuredClone(content.texts);
  for (const t of c.texts) {
    if (t.from && texts[t.locale][t.field] === t.from) {
      texts[t.locale][t.field] = t.to;
      changed = true;
    }
  }
  const englishOnly = new Set<string>();
  const blocks = content.blocks.map((b) => {
    const next = {
      'zh-HK': { text: b.texts['zh-HK'].text, attribution: b.texts['zh-HK'].attribution },
      en: { text: b.texts.en.text, attribution: b.texts.en.attribution },
    };
    const touched = new Set<string>();
    for (const p of c.blocks) {
      if (p.from && next[p.locale][p.field] === p.from) {
        next[p.locale][p.field] = p.to;
        touched.add(p.locale);
      }
    }
    if (touched.size) changed = true;
    if (touched.size === 1 && touched.has('en')) englishOnly.add(b.id);
    return { id: b.id, type: b.type, meta: b.meta, texts: next };
  });
  return changed ? { draft: { slug: content.slug, texts, blocks }, englishOnly } : null;
}

/** Corrects one piece in its own transaction; returns what happened, for the migration's summary. */
async function correctPiece(tx: Tx, pieceId: string, c: PieceCorrections): Promise<'unchanged' | 'live' | 'pending'> {
  const piece = await tx.piece.findUniqueOrThrow({
    where: { id: pieceId },
    select: { id: true, slug: true, version: true, liveVersion: true, status: true, editions: true, firstPublishedAt: true, series: { select: { slug: true } } },
  });
  const rev = await tx.pieceRevision.findUniqueOrThrow({ where: { pieceId_version: { pieceId, version: piece.version } }, select: { snapshot: true } });
  const base = parseSnapshot(rev.snapshot);
  const corrected = correctContent(base, c);
  if (!corrected) return 'unchanged';
  const content = storeContent(corrected.draft, base);
  // A corrected translation of an unchanged source: the Chinese agrees with it, it is not stale.
  const before = new Map(base.blocks.map((b) => [b.id, b]));
  for (const b of content.blocks) {
    const old = before.get(b.id);
    if (corrected.englishOnly.has(b.id) && old && !isStale(old, 'zh-HK')) b.texts['zh-HK'].basedOn = b.texts.en.rev;
  }
  const version = piece.version + 1;
  const inPlace = editsInPlace(piece);
  // Published (or scheduled) with nothing unpublished: the reader rows take the correction now.
  const goesLive = inPlace || (piece.liveVersion === piece.version && piece.status !== 'draft');
  const claimed = await tx.piece.updateMany({
    where: { id: piece.id, version: piece.version },
    data: { version, ...(goesLive ? { liveVersion: version, ...(piece.status === 'published' ? { modifiedAt: new Date() } : {}) } : {}) },
  });
  if (claimed.count === 0) throw new Error(`${piece.series.slug}/${piece.slug} changed while it was being corrected; run the migration again`);
  if (goesLive) await materialize(tx, piece.id, inPlace ? content : publishedContent(content, parseEditions(piece.editions)));
  const summary = 'Corrected English edition and figure provenance (data migration)';
  await recordRevision(tx, piece.id, version, content, BY, summary);
  await writeAudit(tx, {
    action: goesLive && !inPlace ? 'piece.publish' : 'piece.save',
    actor: null,
    target: { type: 'piece', id: piece.id },
    summary: `${piece.series.slug}/${piece.slug} v${version}: ${summary}`,
  });
  return goesLive ? 'live' : 'pending';
}

const localeRows = ['zh-HK', 'en'] as const;

async function correctFigure(tx: Tx, key: string, c: FigureCorrections): Promise<boolean> {
  const f = await tx.figure.findUnique({ where: { key }, select: { id: true, value: true, valueHigh: true, formula: true, asOf: true, sourceUrl: true, texts: true } });
  if (!f) return false;
  const data: Prisma.FigureUpdateInput = {};
  if (c.asOf && f.asOf.toISOString().slice(0, 10) === c.asOf.from) data.asOf = new Date(c.asOf.to);
  if (c.sourceUrl && f.sourceUrl === c.sourceUrl.from) data.sourceUrl = c.sourceUrl.to;
  // A derived figure that becomes a stated one: its value changes, so readers get a correction note.
  const stated = c.formula && c.value && f.formula === c.formula.from && c.formula.to === null;
  if (stated) {
    data.formula = null;
    data.value = c.value!.to;
  }
  let changed = Object.keys(data).length > 0;
  for (const locale of localeRows) {
    const text = f.texts.find((t) => t.locale === locale);
    if (!text) continue;
    const update: { label?: string; sourceName?: string; note?: string } = {};
    for (const field of ['label', 'sourceName', 'note'] as const) {
      const change = c[field]?.[locale];
      if (change && text[field] === change.from) update[field] = change.to;
    }
    if (Object.keys(update).length) {
      await tx.figureText.update({ where: { id: text.id }, data: update });
      changed = true;
    }
  }
  if (!changed) return false;
  await tx.figure.update({ where: { id: f.id }, data: { ...data, version: { increment: 1 } } });
  if (stated && f.value !== c.value!.to) {
    await tx.figureRevision.create({
      data: {
        figureId: f.id,
        oldValue: f.value,
        oldValueHigh: f.valueHigh,
        newValue: c.value!.to,
        newValueHigh: f.valueHigh,
        reasonZhHK: '改用史丹福HAI報告所載金額,不再按四捨五入的倍數推算',
        reasonEn: 'Now the amount Stanford HAI states, no longer divided out of a rounded ratio',
        editorId: null,
        editorName: BY.name,
      },
    });
  }
  return true;
}

async function correctChart(tx: Tx, key: string, c: ChartCorrections): Promise<boolean> {
  const chart = await tx.chart.findUnique({ where: { key }, select: { id: true, labels: true, texts: true } });
  if (!chart) return false;
  let changed = false;
  for (const t of c.texts) {
    const row = chart.texts.find((x) => x.locale === t.locale);
    if (row && row[t.field] === t.from) {
      await tx.chartText.update({ where: { id: row.id }, data: { [t.field]: t.to } });
      row[t.field] = t.to;
      changed = true;
    }
  }
  const labels = JSON.parse(chart.labels) as { categories?: Record<string, Record<string, string>> };
  let labelsChanged = false;
  for (const l of c.categories) {
    const cat = labels.categories?.[l.category];
    if (cat && cat[l.locale] === l.from) {
      cat[l.locale] = l.to;
      labelsChanged = true;
    }
  }
  if (labelsChanged || changed)
    await tx.chart.update({ where: { id: chart.id }, data: { ...(labelsChanged ? { labels: JSON.stringify(labels) } : {}), version: { increment: 1 } } });
  return labelsChanged || changed;
}

/** Runs every correction of the set, one transaction per record; safe to run again. */
export async function applyCorrections(set: SeedCorrections): Promise<string> {
  let figures = 0;
  for (const [key, c] of Object.entries(set.figures)) if (await db.$transaction((tx) => correctFigure(tx, key, c))) figures++;
  let charts = 0;
  for (const [key, c] of Object.entries(set.charts)) if (await db.$transaction((tx) => correctChart(tx, key, c))) charts++;
  const outcomes: string[] = [];
  for (const [slug, c] of Object.entries(set.pieces)) {
    const piece = await db.piece.findFirst({ where: { slug, series: { slug: set.series } }, select: { id: true } });
    if (!piece) continue;
    const outcome = await db.$transaction((tx) => correctPiece(tx, piece.id, c));
    if (outcome !== 'unchanged') outcomes.push(`${slug} (${outcome === 'live' ? 'published' : 'awaiting publication'})`);
  }
  return `${figures} figure(s), ${charts} chart(s) and ${outcomes.length} piece(s) corrected${outcomes.length ? `: ${outcomes.join(', ')}` : ''}`;
}
