// Expiring cache tags after a write. In a Server Action `updateTag` makes the next request
// render fresh (read-your-writes for the editor); elsewhere (the scheduler's route) the
// same immediate expiry goes through revalidateTag with expire 0.
import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { expireRetiredPaths } from '@/lib/seo/routing/retired-paths-cache';

export interface Expiry {
  tags: string[];
  /** Publishing, unpublishing and renaming change which addresses answer 410 or 301. */
  retiredPaths?: boolean;
}

export function expireInAction(expiry: Expiry): void {
  for (const tag of expiry.tags) updateTag(tag);
  if (expiry.retiredPaths) expireRetiredPaths();
}

export function expireInRoute(expiry: Expiry): void {
  for (const tag of expiry.tags) revalidateTag(tag, { expire: 0 });
  if (expiry.retiredPaths) expireRetiredPaths();
}
