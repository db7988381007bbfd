// Runs once when the server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Share images need CJK and Latin fonts on disk: better no server than broken images.
  const { assertShareFontsOrExit } = await import('./lib/seo/share/share-fonts');
  assertShareFontsOrExit();
  const { startScheduler } = await import('./lib/scheduler/start');
  startScheduler();
}
