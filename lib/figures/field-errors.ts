// Words for figure validation codes, in the editor's UI language, the same in the browser
// (before sending) and on the server (after): Admin.figures.errors first, then the shared
// Admin.validation catalogue, then its generic message.
export interface CodeTranslator {
  has(key: string): boolean;
  (key: string): string;
}

export function figureErrorMessage(t: CodeTranslator, code: string): string {
  const id = code.replace(/\./g, '_');
  for (const key of [`figures.errors.${id}`, `validation.${id}`]) if (t.has(key)) return t(key);
  return t('validation.generic');
}

/** One message per field (the first problem found), keyed by the field's path ("label.en"). */
export function figureFieldErrors(t: CodeTranslator, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.map(String).join('.') || '_'] ??= figureErrorMessage(t, issue.message);
  return out;
}

/** Codes keyed by field, as domain errors carry them, into messages. */
export function figureFieldMessages(t: CodeTranslator, codes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, figureErrorMessage(t, code)]));
}
