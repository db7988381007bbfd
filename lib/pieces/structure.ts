// What counts as the structure of a piece, which a translator may not change: its slug,
// which blocks it has and in what order, and each block's type and settings (image
// source, chart, heading level, teaser). Text, attributions and headline fields are theirs.
import { metaKey } from '@/lib/content/blocks';
import type { PieceContent } from './schemas';

export function structureChanges(base: PieceContent, next: PieceContent): string[] {
  const out: string[] = [];
  if (base.slug !== next.slug) out.push('slug');
  const baseIds = base.blocks.map((b) => b.id);
  const nextIds = next.blocks.map((b) => b.id);
  const added = nextIds.filter((id) => !id || !baseIds.includes(id)).length;
  const removed = baseIds.filter((id) => !nextIds.includes(id)).length;
  if (added) out.push('blocks added');
  if (removed) out.push('blocks removed');
  const kept = nextIds.filter((id) => id && baseIds.includes(id));
  if (kept.join() !== baseIds.filter((id) => nextIds.includes(id)).join()) out.push('block order');
  next.blocks.forEach((b, i) => {
    const was = base.blocks.find((x) => x.id === b.id);
    if (!was) return;
    if (was.type !== b.type) out.push(`block ${i + 1} type`);
    else if (metaKey(was.meta) !== metaKey(b.meta)) out.push(`block ${i + 1} settings`);
  });
  return out;
}
