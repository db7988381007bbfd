// Runs once when the server starts.
export async function register() {
  // NEXT_RUNTIME is Next's own (inlined per bundle), not a setting, so it is read directly.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A bad or missing setting stops the server here, with a message naming the variable.
  const { assertEnvOrExit } = await import('./lib/env');
  assertEnvOrExit();
  // Share images need CJK and Latin fonts on disk: better no server than broken images.
  const { assertShareFontsOrExit } = await import('./lib/seo/share/share-fonts');
  assertShareFontsOrExit();
  // Before the first request: pages the build rendered under another SITE_URL must not be served.
  // (`next dev` caches nothing across starts, and must not touch a production build's pages.)
  if (process.env.NODE_ENV === 'production') await dropPagesOfAnotherOrigin();
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
}

async function dropPagesOfAnotherOrigin() {
  const { env } = await import('./lib/env');
  const { distDir, dropPagesCachedUnderAnotherOrigin } = await import('./lib/seo/site-url-stamp');
  const dropped = dropPagesCachedUnderAnotherOrigin(distDir(), env().SITE_URL);
  if (dropped.length) console.log(`SITE_URL is ${env().SITE_URL}: ${dropped.length} pages cached under another origin will be rendered again on first request`);
}
