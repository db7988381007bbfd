// The side-by-side view reads one public piece in both languages, block for block; a piece
// not public in the page's language has no such view, and one public in it alone sends the
// reader to the article.
import { beforeAll, describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

let readParallelArticle: typeof import('@/lib/pieces/read-parallel').readParallelArticle;

withSeededDatabase();
beforeAll(async () => {
  ({ readParallelArticle } = await import('@/lib/pieces/read-parallel'));
});

describe('readParallelArticle', () => {
  it('projects the feature onto the page’s language and the other, with the same blocks in the same order', async () => {
    const read = await readParallelArticle('global-ai-race', 'china-cost-revolution', 'en');
    if (read.status !== 'found') throw new Error(`expected the feature, got ${read.status}`);
    expect(read.primary.title).toBe('The global AI race: China’s ‘cost revolution’ challenges US dominance');
    expect(read.other.title).toBe('全球AI競賽:中國「成本革命」挑戰美國主導地位');
    expect(read.other.blocks.map((b) => [b.id, b.type])).toEqual(read.primary.blocks.map((b) => [b.id, b.type]));
    expect(Object.keys(read.other.charts).sort()).toEqual(Object.keys(read.primary.charts).sort());
    // Each side carries its own language's figure labels.
    const key = 'deepseek-r1-input-price';
    expect(read.primary.figures[key]?.label).not.toBe(read.other.figures[key]?.label);
    expect(read.primary.readingMinutes).toBeGreaterThan(1);
    expect(read.other.readingMinutes).toBeGreaterThan(1);
  });

  it('has nothing for drafts and unknown pieces', async () => {
    expect(await readParallelArticle('global-ai-race', 'ai-talent-flows', 'zh-HK')).toEqual({ status: 'missing' });
    expect(await readParallelArticle('global-ai-race', 'no-such-piece', 'en')).toEqual({ status: 'missing' });
  });

  it('sends readers of a piece public in one language only to the article, and has no page in the other', async () => {
    const { db } = await import('@/lib/db');
    // A locale without a headline is not published in that language.
    await db.pieceText.updateMany({ where: { piece: { slug: 'who-defines-ai-future' }, locale: 'en' }, data: { title: '' } });
    expect(await readParallelArticle('global-ai-race', 'who-defines-ai-future', 'zh-HK')).toEqual({ status: 'one-locale' });
    expect(await readParallelArticle('global-ai-race', 'who-defines-ai-future', 'en')).toEqual({ status: 'missing' });
  });
});
