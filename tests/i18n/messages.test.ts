import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-HK.json';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

describe('message catalogues', () => {
  it('zh-HK and en have exactly the same keys', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(zh as Tree).sort());
  });

  it('no message is empty', () => {
    for (const tree of [en, zh] as Tree[]) {
      const walk = (t: Tree): string[] => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : walk(v)));
      expect(walk(tree).filter((s) => !s.trim())).toEqual([]);
    }
  });
});
