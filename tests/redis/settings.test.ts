// The two Redis settings: optional URL (redis:// or rediss://), prefix with a default, and a
// wrong URL named in the start-up message without its password.
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';

const problems = (source: Record<string, string>) => {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    return (error as EnvError).problems;
  }
};

describe('REDIS_URL and REDIS_KEY_PREFIX', () => {
  it('are optional: one instance needs neither, and the prefix defaults to tandem:', () => {
    for (const source of [{}, { REDIS_URL: '  ', REDIS_KEY_PREFIX: '' }]) {
      const env = parseEnv(source);
      expect(env.REDIS_URL).toBeUndefined();
      expect(env.REDIS_KEY_PREFIX).toBe('tandem:');
    }
  });

  it('take redis:// and rediss:// URLs and a prefix of key-safe characters', () => {
    expect(parseEnv({ REDIS_URL: 'rediss://:s3cret@cache.internal:6380/1', REDIS_KEY_PREFIX: 'news-site:' })).toMatchObject({
      REDIS_URL: 'rediss://:s3cret@cache.internal:6380/1',
      REDIS_KEY_PREFIX: 'news-site:',
    });
  });

  it('refuse another scheme or an unreadable URL, naming it without its password', () => {
    const [http] = problems({ REDIS_URL: 'http://admin:hunter2@cache.internal' });
    expect(http).toMatch(/^REDIS_URL .*must be a redis:\/\/ or rediss:\/\/ URL/);
    expect(http).not.toContain('hunter2');
    const [broken] = problems({ REDIS_URL: 'redis://admin:hunter2@:port' });
    expect(broken).toMatch(/^REDIS_URL "redis:\/\/admin:\*\*\*@:port"/);
    expect(problems({ REDIS_KEY_PREFIX: 'has spaces' })[0]).toMatch(/^REDIS_KEY_PREFIX .*may hold only/);
  });
});
