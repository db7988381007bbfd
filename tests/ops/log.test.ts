// The logger writes one JSON object per line and masks secrets by key and by shape; a
// failing request is logged with its id and route, without its query string.
import { describe, expect, it } from 'vitest';
import { REDACTED, redact } from '@/lib/ops/redact';
import { captureLog, log } from '@/lib/ops/log';
import { logRequestFailed } from '@/lib/ops/request-failed';
import { isRequestId, requestIdFrom } from '@/lib/ops/request-id';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOiJ1LWFkbWluIn0.c2lnbmF0dXJlc2lnbmF0dXJl';

describe('redact', () => {
  it('masks secret keys at any depth, whatever their value', () => {
    const out = redact({
      password: 'hunter2hunter2',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$abc$def',
      user: { id: 'u1', sessionToken: 'abc', nested: [{ apiKey: 'k', Authorization: 'Bearer x' }] },
      headers: { cookie: 'tandem.session=abc', 'set-cookie': 'a=b' },
      secret: 1,
      count: 3,
    });
    expect(out).toEqual({
      password: REDACTED,
      passwordHash: REDACTED,
      user: { id: 'u1', sessionToken: REDACTED, nested: [{ apiKey: REDACTED, Authorization: REDACTED }] },
      headers: { cookie: REDACTED, 'set-cookie': REDACTED },
      secret: REDACTED,
      count: 3,
    });
  });

  it('masks values that look like secrets under any key: JWTs, argon2 hashes, URL passwords', () => {
    const out = redact({
      note: `token was ${JWT} in a message`,
      hash: 'stored $argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA here',
      url: 'postgres://tandem:s3cr3t-pass@db.internal:5432/tandem',
    }) as Record<string, string>;
    expect(out.note).toBe(`token was ${REDACTED} in a message`);
    expect(out.hash).toBe(`stored ${REDACTED} here`);
    expect(out.url).toBe(`postgres://tandem:${REDACTED}@db.internal:5432/tandem`);
  });

  it('turns errors, dates and odd values into plain JSON', () => {
    expect(redact({ e: new Error(`bad ${JWT}`), d: new Date('2026-12-02T00:00:00Z'), f: () => 1, n: null })).toEqual({
      e: { name: 'Error', message: `bad ${REDACTED}` },
      d: '2026-12-02T00:00:00.000Z',
      f: undefined,
      n: null,
    });
  });
});

describe('log', () => {
  it('writes one JSON object per line with time, level and event first', () => {
    const capture = captureLog();
    try {
      log.info('thing_done', { requestId: 'r1', level: 'forged', password: 'x', multi: 'line\nbreak' });
      log.error('thing_failed', { error: 'boom' });
    } finally {
      capture.stop();
    }
    const lines = capture.lines();
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toContain('\n');
    const [first, second] = capture.records();
    expect(Object.keys(first!).slice(0, 3)).toEqual(['time', 'level', 'event']);
    expect(first).toMatchObject({ level: 'info', event: 'thing_done', requestId: 'r1', password: REDACTED, multi: 'line\nbreak' });
    expect(new Date(first!.time as string).toISOString()).toBe(first!.time);
    expect(second).toMatchObject({ level: 'error', event: 'thing_failed', error: 'boom' });
  });
});

describe('request ids', () => {
  it("take nginx's $request_id or a UUID, and replace anything else", () => {
    expect(requestIdFrom(new Headers({ 'x-request-id': '0123456789abcdef0123456789abcdef' }))).toBe('0123456789abcdef0123456789abcdef');
    expect(requestIdFrom({ 'x-request-id': '3b241101-e2bb-4255-8caf-4136c566a962' })).toBe('3b241101-e2bb-4255-8caf-4136c566a962');
    for (const bad of ['short', 'has space in it 1234567', 'line\nbreak0123456789', 'x'.repeat(65), `{"json":"injection"}`]) {
      const id = requestIdFrom({ 'x-request-id': bad });
      expect(id).not.toBe(bad);
      expect(isRequestId(id)).toBe(true);
    }
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});

describe('request_failed', () => {
  it('names the request, the route and the digest, and drops the query string', async () => {
    const capture = captureLog();
    try {
      const error = Object.assign(new Error('database is locked'), { digest: '123456789' });
      await logRequestFailed(
        error,
        { path: '/en/global-ai-race/deepseek?token=abc&email=a@b.c', method: 'GET', headers: { 'x-request-id': '0123456789abcdef0123456789abcdef', cookie: 'tandem.session=zzz' } },
        { routerKind: 'App Router', routePath: '/[locale]/[series]/[piece]', routeType: 'render', revalidateReason: undefined },
      );
    } finally {
      capture.stop();
    }
    const [line] = capture.lines();
    expect(line).not.toMatch(/token=|a@b\.c|zzz/);
    expect(JSON.parse(line!)).toMatchObject({
      level: 'error',
      event: 'request_failed',
      requestId: '0123456789abcdef0123456789abcdef',
      method: 'GET',
      path: '/en/global-ai-race/deepseek',
      routePath: '/[locale]/[series]/[piece]',
      routeType: 'render',
      digest: '123456789',
      error: 'database is locked',
    });
  });
});
