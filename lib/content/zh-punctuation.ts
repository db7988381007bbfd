// The Chinese punctuation check: half-width , : ; ? ! ( ) written beside a Chinese character,
// where Hong Kong style wants the full-width mark. It only points them out and offers a fix;
// it never changes text by itself, so text stays as written until an editor accepts a fix.

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export interface HalfWidthMark {
  /** Offset of the mark in the markup. */
  index: number;
  mark: string;
  fix: string;
  /** A few characters either side, for the editor to see where it is. */
  context: string;
}

/**
 * Offsets in markup that are text a reader sees. Figure references, link addresses and
 * escape backslashes are markup: a "(" opening a link address is never punctuation.
 */
function textOffsets(source: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < source.length) {
    if (source[i] === '\\' && i + 1 < source.length) {
      out.push(i + 1);
      i += 2;
    } else if (source.startsWith('{{', i)) {
      const end = source.indexOf('}}', i);
      i = end < 0 ? source.length : end + 2;
    } else if (source.startsWith('](', i)) {
      const end = source.indexOf(')', i);
      i = end < 0 ? source.length : end + 1;
    } else if (source[i] === '*' || source[i] === '[' || source[i] === ']') {
      i++;
    } else {
      out.push(i);
      i++;
    }
  }
  return out;
}

/** Every half-width mark that stands next to a Chinese character (or full-width punctuation). */
export function findHalfWidthMarks(source: string): HalfWidthMark[] {
  const offsets = textOffsets(source);
  const found = new Set<number>();
  offsets.forEach((at, k) => {
    const mark = source[at]!;
    if (!(mark in FULL_WIDTH) || source[at - 1] === '\\') return;
    const before = k > 0 ? source[offsets[k - 1]!]! : '';
    const after = k + 1 < offsets.length ? source[offsets[k + 1]!]! : '';
    if (HAN.test(before) || HAN.test(after)) found.add(at);
  });
  // A bracket pair is fixed whole: "騰訊(Tencent)" becomes "騰訊（Tencent）", not half of each.
  const stack: number[] = [];
  for (const at of offsets) {
    if (source[at - 1] === '\\') continue;
    if (source[at] === '(') stack.push(at);
    else if (source[at] === ')' && stack.length) {
      const open = stack.pop()!;
      if (found.has(open) || found.has(at)) {
        found.add(open);
        found.add(at);
      }
    }
  }
  return [...found]
    .sort((a, b) => a - b)
    .map((index) => ({ index, mark: source[index]!, fix: FULL_WIDTH[source[index]!]!, context: source.slice(Math.max(0, index - 6), index + 7) }));
}

/** The text with every flagged mark replaced by its full-width form; nothing else changes. */
export function fixHalfWidthMarks(source: string): string {
  const marks = findHalfWidthMarks(source);
  if (!marks.length) return source;
  const chars = source.split('');
  for (const m of marks) chars[m.index] = m.fix;
  return chars.join('');
}
