// A piece or series called "opengraph-image" would be shadowed by the share-image routes.
import { describe, expect, it } from 'vitest';
import { slugSchema } from '@/lib/pieces/schemas';

describe('slugs the crawler routes need', () => {
  it('refuses "opengraph-image" as a slug', () => {
    expect(slugSchema.safeParse('opengraph-image').success).toBe(false);
    expect(slugSchema.safeParse('open-graph-images').success).toBe(true);
  });
});
