// Which derived figures follow a figure: those whose formulas name it, directly or through
// other derived figures. A change of its value changes theirs too.
import { inputsOf, parseFormula } from './formula';

export function dependentsOf(key: string, figures: readonly { key: string; formula: string | null }[]): string[] {
  const inputs = new Map<string, string[]>();
  for (const f of figures) {
    if (!f.formula) continue;
    try {
      inputs.set(f.key, inputsOf(parseFormula(f.formula)));
    } catch {
      // A stored formula that no longer parses follows nothing; the revision path reports it.
    }
  }
  const found = new Set<string>();
  const queue = [key];
  while (queue.length) {
    const current = queue.shift()!;
    for (const [derived, refs] of inputs) {
      if (!found.has(derived) && derived !== key && refs.includes(current)) {
        found.add(derived);
        queue.push(derived);
      }
    }
  }
  return [...found].sort();
}
