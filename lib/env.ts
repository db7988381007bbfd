// The environment, validated once at start-up (instrumentation.ts): a bad setting stops the
// server with a message naming the variable, instead of failing some request later.
// Every setting the app reads is here. Outside it, on purpose: NEXT_RUNTIME and
// __NEXT_PRIVATE_ORIGIN (set by Next itself, not by an operator); next.config.mjs and
// prisma.config.ts, which their tools load before any app code; and the scripts that run
// outside the app (e2e, audit, bench), which read their own variables.
import { z } from 'zod';

const SECRET_MIN_LENGTH = 32;
/** Next sets this while `next build` runs; a build signs no sessions, so it needs no secret. */
const BUILD_PHASE = 'phase-production-build';

/** An unset or blank variable counts as unset, so `FOO=` in a shell means "use the default". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = () => z.preprocess(blankToUndefined, z.string().trim().optional());

/** Public origin of the site, for canonical URLs, hreflang, sitemaps and feeds. Never guessed from headers. */
const siteUrlSchema = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, such as https://news.example.org' })
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
);

const fields = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  /** Public origin of the site, for canonical URLs, hreflang, sitemaps and feeds. Never guessed from headers. */
  SITE_URL: siteUrlSchema,
  /** next-auth 4 builds its URLs from this; it follows SITE_URL unless set (SITE_URL is the one to set). */
  NEXTAUTH_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  /** Signs session tokens. Required in production; see lib/auth/secret.ts for development. */
  NEXTAUTH_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .min(SECRET_MIN_LENGTH, { error: `is too short: it must be at least ${SECRET_MIN_LENGTH} characters` })
      .optional(),
  ),
  /** Embedded SQLite (file:) or PostgreSQL (postgres:// or postgresql://); lib/db.ts picks the adapter by it. */
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^(file:.+|postgres(ql)?:\/\/.+)/, {
        error: 'must be a file: URL (embedded SQLite), such as file:./data/tandem.db, or a postgresql:// URL, such as postgresql://tandem@db.internal:5432/tandem',
      })
      .default('file:./data/tandem.db'),
  ),
  /** PostgreSQL only: connections each app instance keeps open at most. */
  DATABASE_POOL_SIZE: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a whole number of connections' }).int({ error: 'must be a whole number of connections' }).min(1, { error: 'must be 1 or more' }).default(10),
  ),
  /** PostgreSQL only: a statement running longer than this is cancelled by the server; 0 means no limit. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a whole number of milliseconds' })
      .int({ error: 'must be a whole number of milliseconds' })
      .min(0, { error: 'must be 0 (no limit) or more' })
      .default(15000),
  ),
  /** How often scheduled pieces that are due get published; 0 turns the scheduler off. */
  SCHEDULER_INTERVAL_MS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'must be a whole number of milliseconds' })
      .int({ error: 'must be a whole number of milliseconds' })
      .min(0, { error: 'must be 0 (off) or more' })
      .default(5000),
  ),
  /** Share-image fonts; unset means the files shipped in assets/fonts (lib/seo/share-fonts.ts). */
  SHARE_FONT_CJK: optionalText(),
  SHARE_FONT_LATIN: optionalText(),
  /** The port `next start` listens on, when Next has not told the scheduler its origin. */
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a port number' }).int({ error: 'must be a port number' }).min(1).max(65535, { error: 'must be a port number' }).optional(),
  ),
  /** Build directory; next.config.mjs reads it itself, this only checks it at start-up. */
  NEXT_DIST_DIR: z.preprocess(blankToUndefined, z.string().trim().default('.next')),
  /** Set to anything to log the migration engine's messages (lib/db/schema-engine.ts). */
  DEBUG_SCHEMA_ENGINE: z.preprocess(blankToUndefined, z.string().optional()).transform(Boolean),
  NEXT_PHASE: optionalText(),
  /** Articles per locale the build renders ahead of time (lib/pieces/static-params.ts); unset means its default. */
  STATIC_ARTICLES_PER_LOCALE: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }).optional(),
  ),
  /** Where photos are kept (lib/media/store.ts): a local directory (default) or the database, which several instances share. */
  MEDIA_STORE: z.preprocess(blankToUndefined, z.enum(['directory', 'database'], { error: 'must be directory or database' }).default('directory')),
  /** The directory MEDIA_STORE=directory keeps photos in. */
  MEDIA_DIR: z.preprocess(blankToUndefined, z.string().trim().default('data/media')),
  // Several instances (lib/redis/). Unset REDIS_URL means one instance, as before: its own file
  // system cache and in-process scheduler. cache-handler.mjs reads both itself (it says why).
  /** Shared page and data cache, scheduler lease and change messages between instances. */
  REDIS_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, such as redis://127.0.0.1:6379' }).optional()),
  /** Starts every Redis key and channel name, so several sites or test runs can share one Redis. */
  REDIS_KEY_PREFIX: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[\w.:-]+$/, { error: 'may hold only letters, digits and . _ : -, such as tandem:' })
      .default('tandem:'),
  ),
});

const envSchema = fields.transform((e) => ({ ...e, NEXTAUTH_URL: e.NEXTAUTH_URL ?? e.SITE_URL }));

export type Env = z.infer<typeof envSchema>;
type Source = Record<string, string | undefined>;

/** Variables whose values are never printed, not even when wrong. */
const SECRETS = new Set(['NEXTAUTH_SECRET']);

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** A value fit to print: secrets never, and a URL without its password. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return 'is not set';
  if (SECRETS.has(name)) return '(value not shown)';
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return JSON.stringify(url.password ? url.toString() : value);
  } catch {
    // Not a URL to the parser, yet it may still carry one's password (user:password@host).
    return JSON.stringify(value.replace(/^([^/]*\/\/[^:/@]*):[^@/]*@/, '$1:***@'));
  }
}

/** Validates a set of variables (process.env by default); throws EnvError naming each bad one. */
export function parseEnv(source: Source = process.env): Env {
  const problems: string[] = [];
  const result = envSchema.safeParse(source);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      problems.push(`${name} ${shown(name, source[name])}: ${issue.message}`);
    }
  }
  const production = source.NODE_ENV === 'production' && source.NEXT_PHASE !== BUILD_PHASE;
  if (production && !source.NEXTAUTH_SECRET?.trim()) {
    problems.push(
      `NEXTAUTH_SECRET is missing: production needs a secret of at least ${SECRET_MIN_LENGTH} characters to sign sessions ` +
        `(for example: export NEXTAUTH_SECRET="$(openssl rand -base64 48)")`,
    );
  }
  if (problems.length > 0 || !result.success) throw new EnvError(problems);
  return result.data;
}

const KEYS = Object.keys(fields.shape);
let cached: { fingerprint: string; env: Env } | undefined;

/**
 * The validated environment. Parsed once; parsed again only if a variable changes, which
 * happens only in tests (they point DATABASE_URL at a throwaway database).
 */
export function env(): Env {
  const fingerprint = KEYS.map((k) => process.env[k] ?? '\u0000').join('\u0001');
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, env: parseEnv(process.env) };
  return cached.env;
}

/** For instrumentation.ts: Next only logs a throw from register() and serves on, so exit. */
export function assertEnvOrExit(): void {
  try {
    env();
  } catch (error) {
    console.error(`Tandem cannot start. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

/** A SITE_URL setting as the site uses it (default applied, no trailing slash); null if invalid. */
export function parseSiteUrl(raw: string | undefined): string | null {
  const parsed = siteUrlSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
