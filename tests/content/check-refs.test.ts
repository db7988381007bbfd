import { describe, expect, it } from 'vitest';
import type { BlockDraft } from '@/lib/content/blocks';
import { BodyValidationError, checkBody } from '@/lib/content/check-refs';

const para = (zh: string, en: string): BlockDraft => ({
  type: 'paragraph',
  meta: {},
  texts: { 'zh-HK': { text: zh, attribution: '' }, en: { text: en, attribution: '' } },
});

describe('checkBody', () => {
  it('returns the figures each block uses', () => {
    expect(checkBody('p', [para('{{a}}', '{{a}} and {{b}}'), para('無', 'none')], new Set(['a', 'b']))).toEqual([['a', 'b'], []]);
  });

  it('names the piece, block, locale and key of a missing figure', () => {
    try {
      checkBody('china-cost-revolution', [para('ok', 'ok'), para('{{gone}}', 'fine')], new Set());
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BodyValidationError);
      expect((e as BodyValidationError).problems).toEqual([
        { piece: 'china-cost-revolution', block: 2, locale: 'zh-HK', field: 'text', key: 'gone', code: 'unknownFigure', message: 'unknown figure "gone"' },
      ]);
      expect((e as Error).message).toContain('china-cost-revolution, block 2 (zh-HK): unknown figure "gone"');
    }
  });

  it('reports malformed markup instead of storing it', () => {
    expect(() => checkBody('p', [para('*open', 'x')], new Set())).toThrow(/block 1 \(zh-HK\): Unclosed emphasis/);
  });
});
