// The environment, validated once at start-up: a bad setting fails loudly, not per request.
import { z } from 'zod';

const envSchema = z.object({
  /** Public origin of the site, for canonical URLs, hreflang, sitemaps and feeds. Never guessed from headers. */
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
