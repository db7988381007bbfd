// The checklist an editor reads before publishing or scheduling, computed on the server from
// the working copy: what blocks it (lib/pieces/publish-checks.ts), which translations lag
// (a warning), and what readers will see change.
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { pageUrl } from '@/lib/seo/site';
import { pieceForEditor, revisionContent } from './admin-queries';
import { changedFields, diffBlocks, type BlockChange } from './block-diff';
import { blockingItems, type BlockingItem } from './publish-checks';
import type { PieceStatus } from './access';
import { staleBlocks, staleKey, type StaleBlock } from './stale-check';

export type ReaderChange =
  /** Never public: it goes public at these addresses. */
  | { kind: 'first'; urls: { locale: Locale; url: string }[] }
  /** Public (or scheduled) now: what differs from the version readers have. */
  | { kind: 'republish'; liveVersion: number; fields: string[]; blocks: { position: number; change: Exclude<BlockChange, 'unchanged'> }[] };

export interface PublishChecklist {
  pieceId: string;
  /** The working-copy version the checklist was computed from. */
  version: number;
  status: PieceStatus;
  editions: Locale[];
  /** Each must be fixed before publishing; the publish transaction refuses the same items. */
  blocking: BlockingItem[];
  /** Blocks whose translation lags behind its source, in the locales being published (a warning). */
  stale: StaleBlock[];
  staleCounts: Record<Locale, number>;
  /** "blockId:locale" of the stale blocks, the yes a confirmed publish sends. */
  acknowledge: string[];
  change: ReaderChange;
}

const HEAD_FIELDS = ['title', 'standfirst', 'seoTitle', 'seoDescription'] as const;

/** The checklist for publishing piece `pieceId`'s working copy in `editions`; null when there is no such piece. */
export async function publishChecklist(pieceId: string, editions: readonly Locale[]): Promise<PublishChecklist | null> {
  const piece = await pieceForEditor(pieceId);
  if (!piece) return null;
  const chosen = LOCALES.filter((l) => editions.includes(l));
  const content = piece.content;
  const stale = staleBlocks(content, chosen);
  const staleCounts = Object.fromEntries(LOCALES.map((l) => [l, stale.filter((s) => s.locale === l).length])) as Record<Locale, number>;
  const live = piece.status !== 'draft' ? await revisionContent(piece.id, piece.liveVersion) : null;
  let change: ReaderChange;
  if (!live) {
    change = { kind: 'first', urls: chosen.map((locale) => ({ locale, url: pageUrl(locale, `/${piece.seriesSlug}/${content.slug}`) })) };
  } else {
    const head = changedFields(live, content).filter((f) => f === 'slug' || HEAD_FIELDS.some((h) => f.endsWith(`.${h}`)));
    const blocks = diffBlocks(live, content).flatMap((r) => (r.change === 'unchanged' ? [] : [{ position: r.position, change: r.change }]));
    change = { kind: 'republish', liveVersion: piece.liveVersion, fields: head.filter((f) => f === 'slug' || chosen.some((l) => f.startsWith(`${l}.`))), blocks };
  }
  return {
    pieceId: piece.id,
    version: piece.version,
    status: piece.status,
    editions: chosen,
    blocking: blockingItems(content, chosen),
    stale,
    staleCounts,
    acknowledge: stale.map(staleKey),
    change,
  };
}
