// Runs once when the server starts.
export async function register() {
  // NEXT_RUNTIME is Next's own (inlined per bundle), not a setting, so it is read directly.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A bad or missing setting stops the server here, with a message naming the variable.
  const { assertEnvOrExit } = await import('./lib/env');
  assertEnvOrExit();
  // Share images need CJK and Latin fonts on disk: better no server than broken images.
  const { assertShareFontsOrExit } = await import('./lib/seo/share-fonts');
  assertShareFontsOrExit();
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
}
