// A word-level diff of two texts: insertions underlined, deletions struck through.
// Plain markup, so the history page (server) and the editor (client) both render it.
import { diffWordsWithSpace } from 'diff';

export function WordDiff({ before, after, locale, label, testId }: { before: string; after: string; locale: string; label: string; testId?: string }) {
  return (
    <div className="diff" lang={locale} data-testid={testId ?? `diff-${locale}`} aria-label={label}>
      {diffWordsWithSpace(before, after).map((part, i) =>
        part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
      )}
    </div>
  );
}
