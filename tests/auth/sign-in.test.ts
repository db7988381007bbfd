// Sign-in against a real SQLite file: throttling per account and per IP, audit entries,
// and sessions ended by disabling or a password change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';

let temp: TempDatabase;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  temp = await useTempDatabase();
  const { createUser } = await import('@/lib/users/mutations');
  await createUser({ email: 'ed@example.org', name: 'Ed', role: 'editor' }, PASSWORD);
  await createUser({ email: 'tr@example.org', name: 'Tr', role: 'translator' }, PASSWORD);
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await temp.cleanup();
});

describe('signInWithPassword', () => {
  it('signs in with the right password (any case of email) and writes the audit log', async () => {
    const { signInWithPassword } = await import('@/lib/auth/sign-in');
    const { db } = await import('@/lib/db');
    const result = await signInWithPassword('Ed@Example.org', PASSWORD, '10.0.0.1');
    expect(result).toMatchObject({ ok: true, user: { email: 'ed@example.org', role: 'editor' } });
    expect(await db.auditEntry.count({ where: { action: 'sign-in', actorEmail: 'ed@example.org' } })).toBe(1);
  });

  it('refuses after 5 failures in 15 minutes for that account, even with the right password', async () => {
    const { signInWithPassword } = await import('@/lib/auth/sign-in');
    const { db } = await import('@/lib/db');
    for (let i = 0; i < 5; i++) expect(await signInWithPassword('tr@example.org', 'wrong password!!', `10.0.1.${i}`)).toEqual({ ok: false, reason: 'invalid' });
    const sixth = await signInWithPassword('tr@example.org', PASSWORD, '10.0.1.99');
    expect(sixth).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await db.auditEntry.count({ where: { action: 'sign-in-failed', targetId: 'tr@example.org' } })).toBe(5);
    expect(await db.auditEntry.count({ where: { action: 'sign-in-throttled' } })).toBe(1);
  });

  it('lets the account in again once the window has passed', async () => {
    const { throttleState, WINDOW_MS } = await import('@/lib/auth/throttle');
    const later = new Date(Date.now() + WINDOW_MS + 1000);
    expect((await throttleState('tr@example.org', '10.0.1.99', later)).throttled).toBe(false);
  });

  it('throttles one IP trying many accounts', async () => {
    const { signInWithPassword } = await import('@/lib/auth/sign-in');
    for (let i = 0; i < 5; i++) await signInWithPassword(`nobody${i}@example.org`, 'whatever whatever', '10.9.9.9');
    expect(await signInWithPassword('ed@example.org', PASSWORD, '10.9.9.9')).toMatchObject({ ok: false, reason: 'throttled' });
    expect(await signInWithPassword('ed@example.org', PASSWORD, '10.9.9.10')).toMatchObject({ ok: true });
  });

  it('ends sessions when a user is disabled or their password changes', async () => {
    const { activeUser, userForSignIn } = await import('@/lib/users/queries');
    const { setDisabled, setPassword } = await import('@/lib/users/mutations');
    const before = (await userForSignIn('ed@example.org'))!;
    expect(await activeUser(before.id, before.sessionVersion)).not.toBeNull();
    await setPassword('ed@example.org', 'another long password');
    expect(await activeUser(before.id, before.sessionVersion)).toBeNull();
    const after = (await userForSignIn('ed@example.org'))!;
    await setDisabled('ed@example.org', true);
    expect(await activeUser(after.id, after.sessionVersion)).toBeNull();
    expect(await activeUser(after.id, after.sessionVersion + 1)).toBeNull();
    const { signInWithPassword } = await import('@/lib/auth/sign-in');
    expect(await signInWithPassword('ed@example.org', 'another long password', '10.1.1.1')).toEqual({ ok: false, reason: 'invalid' });
  });
});
