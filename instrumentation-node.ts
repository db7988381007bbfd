// Start-up of the Node.js server (instrumentation.ts loads it only there, so the edge bundle
// never traces Node's modules): settings, fonts, pages cached under another origin, scheduler.
import { assertEnvOrExit, env } from './lib/env';
import { assertShareFontsOrExit } from './lib/seo/share/share-fonts';
import { distDir, dropPagesCachedUnderAnotherOrigin } from './lib/seo/site-url-stamp';
import { startScheduler } from './lib/scheduler/start';

export function startNodeServer(): void {
  // A bad or missing setting stops the server here, with a message naming the variable.
  assertEnvOrExit();
  // Share images need CJK and Latin fonts on disk: better no server than broken images.
  assertShareFontsOrExit();
  // Before the first request: pages the build rendered under another SITE_URL must not be served.
  // (`next dev` caches nothing across starts, and must not touch a production build's pages.)
  if (env().NODE_ENV === 'production') {
    const dropped = dropPagesCachedUnderAnotherOrigin(distDir(), env().SITE_URL);
    if (dropped.length) console.log(`SITE_URL is ${env().SITE_URL}: ${dropped.length} pages cached under another origin will be rendered again on first request`);
  }
  startScheduler();
}
