// The key that signs session tokens. In production it is NEXTAUTH_SECRET, always (lib/env.ts
// refuses to start without it). In development and tests, where setting it up would only get
// in the way, one is generated on first run and kept beside the embedded database
// (data/.auth-secret, git-ignored), so a fresh clone works and the key never lives in the
// repository. `npm run serve` passes that same file to its production server (scripts/serve.ts).
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let local: string | undefined;

export function authSecret(): string {
  const { NEXTAUTH_SECRET, NODE_ENV } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  // Reached only by code that runs during `next build`, which env() lets through without a secret.
  if (NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is missing: production needs one to sign sessions');
  return localAuthSecret();
}

/** The key kept in data/.auth-secret for this checkout, created on first use. Never for production. */
export function localAuthSecret(): string {
  if (local) return local;
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data', '.auth-secret');
  try {
    local = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    local = randomBytes(48).toString('base64url');
    writeFileSync(file, local, { mode: 0o600, flag: 'wx' });
  }
  return local;
}
