// What a log line may carry: the redaction every field goes through before it is written.
// Keys that name a secret are masked whatever their value; values that look like a secret
// (a JWT, an argon2 hash, a URL with a password) are masked whatever their key.

export const REDACTED = '[redacted]';

/** password, passwordHash, token, accessToken, secret, cookie, set-cookie, authorization, session, sessionToken, apiKey… */
const SECRET_KEY = /pass(word|wd)?|token|secret|cookie|authori[sz]ation|session|api[-_]?key|credential|signature/i;
/** Three base64url parts, the first a JSON header ("eyJ" is `{"` encoded). */
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const ARGON2 = /\$argon2(id|i|d)\$[^\s"']+/g;
/** scheme://user:password@host: keep the user and host, drop the password. */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi;

const MAX_DEPTH = 6;
const MAX_STRING = 2000;

export function redactString(value: string): string {
  const masked = value.replace(JWT, REDACTED).replace(ARGON2, REDACTED).replace(URL_PASSWORD, `$1${REDACTED}@`);
  return masked.length > MAX_STRING ? `${masked.slice(0, MAX_STRING)}…` : masked;
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** A copy of `value` fit for a log line: JSON-safe, secrets masked, errors as name and message. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return redactString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
  if (depth >= MAX_DEPTH) return '[deep]';
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = isSecretKey(k) ? REDACTED : redact(v, depth + 1);
    return out;
  }
  return undefined; // functions, symbols
}
