// The key that signs session tokens: NEXTAUTH_SECRET, or one generated on first run and
// kept beside the embedded database, so a fresh clone works without setup and the key
// never lives in the repository.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

let secret: string | undefined;

export function authSecret(): string {
  if (secret) return secret;
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('NEXTAUTH_SECRET must be at least 32 characters');
    return (secret = fromEnv);
  }
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data', '.auth-secret');
  try {
    secret = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  }
  return secret;
}
