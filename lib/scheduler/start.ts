// Publishes scheduled pieces on time with no one acting: every few seconds the server asks
// its own route to publish what is due, because page revalidation needs a request context.
import { schedulerToken } from './token';

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 5000);

export function startScheduler(): void {
  const g = globalThis as unknown as { __tandemScheduler?: NodeJS.Timeout };
  if (g.__tandemScheduler || INTERVAL_MS <= 0) return;
  g.__tandemScheduler = setInterval(async () => {
    const origin = process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null);
    if (!origin) return;
    try {
      await fetch(`${origin}/api/internal/publish-due`, { method: 'POST', headers: { 'x-scheduler-token': schedulerToken() } });
    } catch {
      // The server may still be starting or shutting down; the next tick tries again.
    }
  }, INTERVAL_MS);
  g.__tandemScheduler.unref();
}
