// A real Server Action (defineAction) on a real database writes one JSON line per call with
// the request id, user, action and outcome, and never the password it was given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withSeededDatabase } from '../helpers/seeded-db';
import { inRequest, sessionCookie } from './request-scope';

const SECRET = 'ops-test-secret-0123456789-abcdefghijklmnop';
const PASSWORD = 'correct-horse-battery-staple-42';
const NGINX_ID = '0123456789abcdef0123456789abcdef';

withSeededDatabase();

let previousSecret: string | undefined;
beforeAll(() => {
  previousSecret = process.env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterAll(() => {
  if (previousSecret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = previousSecret;
});

async function setup() {
  const { defineAction } = await import('@/lib/auth/action');
  const { createUser } = await import('@/lib/users/mutations');
  const { passwordSchema } = await import('@/lib/users/password');
  const { db } = await import('@/lib/db');
  const { captureLog } = await import('@/lib/ops/log');
  const admin = await db.user.create({
    data: { email: `admin-${Math.random().toString(36).slice(2)}@example.org`, name: 'Ada', role: 'admin', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g' },
  });
  // The same shape as the real "create user" action, minus the page revalidation.
  const createUserAction = defineAction(
    { permission: 'user.manage', name: 'user.create' },
    z.object({ email: z.email(), name: z.string().min(1), role: z.enum(['editor', 'admin', 'translator']), password: passwordSchema }),
    async ({ password, ...rest }, user) => ({ data: await createUser(rest, password, user) }),
  );
  const cookie = await sessionCookie(admin, SECRET);
  return { createUserAction, captureLog, admin, cookie, db };
}

describe('mutation log lines', () => {
  it('name the request, the user, the action and the outcome, and never the password', async () => {
    const { createUserAction, captureLog, admin, cookie, db } = await setup();
    const capture = captureLog();
    try {
      const ok = await inRequest({ cookie, 'x-request-id': NGINX_ID }, () =>
        createUserAction({ email: 'new-editor@example.org', name: 'Nell', role: 'editor', password: PASSWORD }),
      );
      expect(ok.ok).toBe(true);
      const tooShort = await inRequest({ cookie, 'x-request-id': 'bad id; rm -rf /' }, () =>
        createUserAction({ email: 'other@example.org', name: 'Olly', role: 'editor', password: 'short' }),
      );
      expect(tooShort).toMatchObject({ ok: false, error: 'invalid' });
      const anonymous = await inRequest({}, () => createUserAction({ email: 'x@example.org', name: 'X', role: 'admin', password: PASSWORD }));
      expect(anonymous).toMatchObject({ ok: false, error: 'unauthenticated' });
    } finally {
      capture.stop();
    }
    const lines = capture.lines();
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(PASSWORD);
      expect(line).not.toContain('short"');
      expect(line).not.toContain(cookie.split('=')[1]);
      expect(line).not.toContain('$argon2');
    }
    const [done, invalid, refused] = capture.records();
    expect(done).toMatchObject({ level: 'info', event: 'mutation', requestId: NGINX_ID, userId: admin.id, action: 'user.create', outcome: 'ok' });
    expect(typeof done!.ms).toBe('number');
    expect(typeof done!.time).toBe('string');
    // A malformed x-request-id is replaced, not copied into the log.
    expect(invalid).toMatchObject({ level: 'warn', event: 'mutation', userId: admin.id, action: 'user.create', outcome: 'invalid', reason: 'invalid', fields: ['password'] });
    expect(invalid!.requestId).toMatch(/^[0-9a-f]{32}$/);
    expect(invalid!.requestId).not.toBe(NGINX_ID);
    expect(refused).toMatchObject({ event: 'mutation', userId: null, action: 'user.create', outcome: 'refused', reason: 'unauthenticated' });
    // And the action really ran once: the log tells the truth.
    expect(await db.user.count({ where: { email: 'new-editor@example.org' } })).toBe(1);
    expect(await db.user.count({ where: { email: 'other@example.org' } })).toBe(0);
  });

  it('are written by the real exported actions too, under their own names', async () => {
    const { captureLog } = await setup();
    const { createUserAction } = await import('@/app/admin/actions/users');
    const capture = captureLog();
    try {
      await createUserAction({ email: 'y@example.org', name: 'Y', role: 'admin', password: PASSWORD });
    } finally {
      capture.stop();
    }
    const [line] = capture.lines();
    expect(line).not.toContain(PASSWORD);
    expect(JSON.parse(line!)).toMatchObject({ event: 'mutation', action: 'createUser', outcome: 'refused', userId: null });
  });
});
