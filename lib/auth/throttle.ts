// Sign-in throttling: after 5 failures in 15 minutes, per account or per IP, further tries
// are refused until the window passes. Attempts are rows, so every app instance agrees.
import 'server-only';
import { db } from '@/lib/db';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export interface ThrottleState {
  throttled: boolean;
  /** When the oldest counted failure leaves the window. */
  retryAt: Date | null;
}

export async function throttleState(email: string, ip: string, now = new Date()): Promise<ThrottleState> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const check = async (where: { email: string } | { ip: string }) => {
    const failures = await db.loginAttempt.findMany({
      where: { ...where, success: false, createdAt: { gt: since } },
      orderBy: { createdAt: 'desc' },
      take: MAX_FAILURES,
      select: { createdAt: true },
    });
    return failures.length >= MAX_FAILURES ? new Date(failures[MAX_FAILURES - 1]!.createdAt.getTime() + WINDOW_MS) : null;
  };
  const [byEmail, byIp] = await Promise.all([check({ email: email.toLowerCase() }), check({ ip })]);
  const retryAt = [byEmail, byIp].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return { throttled: retryAt !== null, retryAt };
}

export async function recordAttempt(email: string, ip: string, success: boolean, at = new Date()): Promise<void> {
  await db.loginAttempt.create({ data: { email: email.toLowerCase(), ip, success, createdAt: at } });
}
