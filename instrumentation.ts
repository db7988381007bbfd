// Runs once when the server starts. NEXT_RUNTIME is Next's own (inlined per bundle), not a
// setting, so it is read directly; the Node.js start-up lives in instrumentation-node.ts.
import type { Instrumentation } from 'next';

export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startNodeServer } = await import('./instrumentation-node');
    startNodeServer();
  }
}

/**
 * One JSON line per request that fails (lib/ops/request-failed.ts). Behind the same inlined
 * runtime check as register(), so the edge bundle drops the import (and the settings
 * module's process.exit with it).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestFailed } = await import('./lib/ops/request-failed');
  return logRequestFailed(error, request, context);
};
