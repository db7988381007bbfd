// Runs once when the server starts. NEXT_RUNTIME is Next's own (inlined per bundle), not a
// setting, so it is read directly; the Node.js start-up lives in instrumentation-node.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startNodeServer } = await import('./instrumentation-node');
    startNodeServer();
  }
}
