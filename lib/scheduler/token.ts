// A per-process secret that lets the in-process scheduler, and nothing else, call its route.
import { randomBytes, timingSafeEqual } from 'node:crypto';

const KEY = '__tandemSchedulerToken';
const g = globalThis as unknown as Record<string, string | undefined>;

export function schedulerToken(): string {
  g[KEY] ??= randomBytes(32).toString('hex');
  return g[KEY]!;
}

export function isSchedulerToken(value: string | null): boolean {
  const expected = Buffer.from(schedulerToken());
  const given = Buffer.from(value ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
