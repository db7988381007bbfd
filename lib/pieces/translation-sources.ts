// What changed in the source since a stale translation was last written or confirmed: the
// other locale's text at the revision the translation agreed with, found in the piece's
// revisions (newest first, so recent staleness costs one or two reads), beside its text now.
import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/i18n/locales';
import type { StoredBlock, StoredContent } from './schemas';
import { otherLocale } from './provenance';
import { blockTranslations, type BlockTranslation } from './translation-status';
import { parseSnapshot } from './snapshot';

export interface SourceChange {
  /** The source's text when the translation last agreed with it; null when no revision still holds it. */
  before: string | null;
  after: string;
}

export interface TranslationView {
  blocks: BlockTranslation[];
  /** Keyed `${blockId}:${staleLocale}`. */
  sources: Record<string, SourceChange>;
}

const BATCH = 20;
/** Past this many revisions back, the earlier text is reported as unavailable rather than searched for. */
const MAX_REVISIONS = 400;

const textOf = (b: StoredBlock, l: Locale) => b.texts[l].text + (b.texts[l].attribution ? ` — ${b.texts[l].attribution}` : '');

export async function translationView(pieceId: string, content: StoredContent): Promise<TranslationView> {
  const blocks = blockTranslations(content);
  const wanted = new Map<string, { block: StoredBlock; source: Locale; rev: number }>();
  for (const b of content.blocks) {
    for (const l of ['zh-HK', 'en'] as const) {
      const info = blocks.find((x) => x.id === b.id)!;
      if (info.state[l] === 'stale') wanted.set(`${b.id}:${l}`, { block: b, source: otherLocale(l), rev: b.texts[l].basedOn ?? 0 });
    }
  }
  const sources: Record<string, SourceChange> = {};
  for (const [key, w] of wanted) sources[key] = { before: null, after: textOf(w.block, w.source) };
  for (let skip = 0; wanted.size && skip < MAX_REVISIONS; skip += BATCH) {
    const revisions = await db.pieceRevision.findMany({ where: { pieceId }, orderBy: { version: 'desc' }, skip, take: BATCH, select: { snapshot: true } });
    for (const r of revisions) {
      const old = parseSnapshot(r.snapshot);
      for (const [key, w] of wanted) {
        const was = old.blocks.find((b) => b.id === w.block.id);
        if (was && was.texts[w.source].rev === w.rev) {
          sources[key]!.before = textOf(was, w.source);
          wanted.delete(key);
        }
      }
    }
    if (revisions.length < BATCH) break;
  }
  return { blocks, sources };
}

/** The translation view of one revision (after a save, for the editor that made it). */
export async function translationViewAt(pieceId: string, version: number): Promise<TranslationView> {
  const rev = await db.pieceRevision.findUniqueOrThrow({ where: { pieceId_version: { pieceId, version } }, select: { snapshot: true } });
  return translationView(pieceId, parseSnapshot(rev.snapshot));
}
