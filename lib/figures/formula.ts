// Derived figures: a formula over other figures, such as
// "{{us-private-ai-investment-2024}} / {{us-china-ai-investment-ratio}}".
// Numbers, figure references, + - * / and parentheses; nothing is evaluated as code.

export type Formula =
  { type: 'num'; value: number } | { type: 'ref'; key: string } | { type: 'neg'; arg: Formula } | { type: 'op'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula };

export class FormulaError extends Error {
  constructor(
    readonly code: 'syntax' | 'missing' | 'cycle' | 'math',
    message: string,
    readonly keys: string[] = [],
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|\{\{([a-z0-9]+(?:-[a-z0-9]+)*)\}\}|([-+*/()]))/y;

export function parseFormula(source: string): Formula {
  const tokens: { num?: number; ref?: string; sym?: string }[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < source.length) {
    if (!source.slice(pos).trim()) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(source);
    if (!m) throw new FormulaError('syntax', `Cannot read the formula at "${source.slice(pos).trim().slice(0, 20)}"`);
    tokens.push(m[1] ? { num: Number(m[1]) } : m[2] ? { ref: m[2] } : { sym: m[3] });
    pos = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => tokens[i]?.sym;
  function primary(): Formula {
    const t = tokens[i++];
    if (!t) throw new FormulaError('syntax', 'The formula ends too soon');
    if (t.num !== undefined) return { type: 'num', value: t.num };
    if (t.ref) return { type: 'ref', key: t.ref };
    if (t.sym === '-') return { type: 'neg', arg: primary() };
    if (t.sym === '(') {
      const inner = sum();
      if (tokens[i++]?.sym !== ')') throw new FormulaError('syntax', 'A "(" has no ")"');
      return inner;
    }
    throw new FormulaError('syntax', `Unexpected "${t.sym}"`);
  }
  function product(): Formula {
    let left = primary();
    while (peek() === '*' || peek() === '/') left = { type: 'op', op: tokens[i++]!.sym as '*' | '/', left, right: primary() };
    return left;
  }
  function sum(): Formula {
    let left = product();
    while (peek() === '+' || peek() === '-') left = { type: 'op', op: tokens[i++]!.sym as '+' | '-', left, right: product() };
    return left;
  }
  const tree = sum();
  if (i !== tokens.length) throw new FormulaError('syntax', `Unexpected "${tokens[i]?.sym ?? ''}"`);
  if (!inputsOf(tree).length) throw new FormulaError('syntax', 'A derived figure must refer to at least one figure');
  return tree;
}

export function inputsOf(f: Formula): string[] {
  if (f.type === 'ref') return [f.key];
  if (f.type === 'neg') return inputsOf(f.arg);
  if (f.type === 'op') return [...new Set([...inputsOf(f.left), ...inputsOf(f.right)])];
  return [];
}

export function evaluate(f: Formula, value: (key: string) => number): number {
  switch (f.type) {
    case 'num':
      return f.value;
    case 'ref':
      return value(f.key);
    case 'neg':
      return -evaluate(f.arg, value);
    case 'op': {
      const a = evaluate(f.left, value);
      const b = evaluate(f.right, value);
      const r = f.op === '+' ? a + b : f.op === '-' ? a - b : f.op === '*' ? a * b : a / b;
      if (!Number.isFinite(r)) throw new FormulaError('math', 'The formula divides by zero');
      return r;
    }
  }
}

/**
 * Values of every derived figure, computed in dependency order from the stored ones.
 * Rejects a formula that refers to a missing figure or to itself through others.
 */
export function resolveDerived(figures: Map<string, { value: number; formula: string | null }>): Map<string, number> {
  const values = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (key: string, path: string[]): number => {
    const f = figures.get(key);
    if (!f) throw new FormulaError('missing', `"${path.at(-1)}" refers to "${key}", which does not exist`, [key]);
    if (!f.formula) return f.value;
    if (values.has(key)) return values.get(key)!;
    if (visiting.has(key)) throw new FormulaError('cycle', `Formulas refer to each other in a loop: ${[...path.slice(path.indexOf(key)), key].join(' → ')}`, path);
    visiting.add(key);
    const tree = parseFormula(f.formula);
    const v = evaluate(tree, (input) => visit(input, [...path, key]));
    visiting.delete(key);
    values.set(key, v);
    return v;
  };
  for (const [key, f] of figures) if (f.formula) visit(key, []);
  return values;
}
