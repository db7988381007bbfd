// The environment, validated once at start-up: a bad setting fails loudly, not per request.
import { z } from 'zod';

/** Public origin of the site, for canonical URLs, hreflang, sitemaps and feeds. Never guessed from headers. */
const siteUrlSchema = z
  .url({ protocol: /^https?$/ })
  .default('http://localhost:3000')
  .transform((u) => u.replace(/\/+$/, ''));

const envSchema = z.object({
  SITE_URL: siteUrlSchema,
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

/** A SITE_URL setting as the site uses it (default applied, no trailing slash); null if invalid. */
export function parseSiteUrl(raw: string | undefined): string | null {
  const parsed = siteUrlSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
