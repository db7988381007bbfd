// Checks a password sign-in: throttling first, then the password; every outcome is
// recorded for throttling and in the audit log.
import 'server-only';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/write';
import { dummyPasswordHash, verifyPassword } from '@/lib/users/password';
import { userForSignIn, type SessionUser } from '@/lib/users/queries';
import { recordAttempt, throttleState } from './throttle';

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'throttled'; retryAt?: Date };

export async function signInWithPassword(emailRaw: string, password: string, ip: string): Promise<SignInResult> {
  const email = emailRaw.trim().toLowerCase().slice(0, 200);
  const throttle = await throttleState(email, ip);
  if (throttle.throttled) {
    await writeAudit(db, { action: 'sign-in-throttled', target: { type: 'user', id: email }, ip, details: { retryAt: throttle.retryAt } });
    return { ok: false, reason: 'throttled', retryAt: throttle.retryAt ?? undefined };
  }
  const user = await userForSignIn(email);
  // Verify against a dummy hash when there is no account, so response time does not reveal it.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid || user.disabled) {
    await recordAttempt(email, ip, false);
    await writeAudit(db, { action: 'sign-in-failed', target: { type: 'user', id: email }, ip, summary: user?.disabled ? 'disabled account' : 'wrong email or password' });
    return { ok: false, reason: 'invalid' };
  }
  await recordAttempt(email, ip, true);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await writeAudit(tx, { action: 'sign-in', actor: { id: user.id, email: user.email }, ip });
  });
  const { passwordHash: _hash, disabled: _disabled, ...sessionUser } = user;
  return { ok: true, user: sessionUser };
}
