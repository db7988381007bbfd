// Next's own response cache (memory and .next/server), except that not-found answers are
// never stored: with dynamicParams every made-up article, series or figure address is
// rendered on request, and storing each 404 would let anyone fill the disk and the memory
// cache. A 404 costs a render instead; published pages are cached as before.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache.js');

/** Wraps a Next cache handler class (the default file system one, or a shared one later). */
export function withoutNotFound(Base) {
  return class NotFoundUncachedHandler extends Base {
    async set(key, data, ctx) {
      if (data && data.status === 404) return;
      return super.set(key, data, ctx);
    }
  };
}

export default withoutNotFound(FileSystemCache);
