// Runs once when the server starts. NEXT_RUNTIME is Next's own (inlined per bundle), not a
// setting, so it is read directly; the Node.js start-up lives in instrumentation-node.ts.
import type { Instrumentation } from 'next';
import { logRequestFailed } from './lib/ops/request-failed';

export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startNodeServer } = await import('./instrumentation-node');
    startNodeServer();
  }
}

/** One JSON line per request that fails (lib/ops/request-failed.ts). */
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => logRequestFailed(error, request, context);
