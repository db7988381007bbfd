// Publishes scheduled pieces on time with no one acting: every few seconds the server asks
// its own route to publish what is due, because page revalidation needs a request context.
// With several instances every one ticks, and the route lets only the holder of the scheduler
// lease publish (lib/scheduler/leader.ts): this file is loaded by instrumentation, where
// Next refuses 'server-only' modules such as lib/redis.
import { env } from '@/lib/env';
import { schedulerToken } from './token';

export function startScheduler(): void {
  const g = globalThis as unknown as { __tandemScheduler?: NodeJS.Timeout };
  const { SCHEDULER_INTERVAL_MS, PORT } = env();
  if (g.__tandemScheduler || SCHEDULER_INTERVAL_MS <= 0) return;
  g.__tandemScheduler = setInterval(async () => {
    // __NEXT_PRIVATE_ORIGIN is Next's own record of where it listens (not a setting), so it is read directly.
    const origin = process.env.__NEXT_PRIVATE_ORIGIN || (PORT ? `http://127.0.0.1:${PORT}` : null);
    if (!origin) return;
    try {
      await fetch(`${origin}/api/internal/publish-due`, { method: 'POST', headers: { 'x-scheduler-token': schedulerToken() } });
    } catch {
      // The server may still be starting or shutting down; the next tick tries again.
    }
  }, SCHEDULER_INTERVAL_MS);
  g.__tandemScheduler.unref();
}
