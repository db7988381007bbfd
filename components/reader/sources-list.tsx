// The sources behind the figures a piece uses, each figure with its own as-of date, and the
// provenance notes that say what a number is exactly.
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format-date';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { SourceView } from '@/lib/pieces/types';

export async function SourcesList({ sources, locale }: { sources: SourceView[]; locale: Locale }) {
  if (!sources.length) return null;
  const urlLocale = toUrlLocale(locale);
  const t = await getTranslations({ locale: urlLocale, namespace: 'Piece' });
  const tp = await getTranslations({ locale: urlLocale, namespace: 'Provenance' });
  const list = (labels: string[]) => labels.join(locale === 'zh-HK' ? '、' : '; ');
  const name = (s: SourceView) =>
    s.url ? (
      <a href={s.url} rel="noopener noreferrer">
        {s.name}
      </a>
    ) : (
      s.name
    );
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sources')}</h2>
      <ul>
        {sources.map((s) => (
          <li key={`${s.name}|${s.url ?? ''}`}>
            {s.dates.length <= 1 ? (
              <>
                {t.rich('sourceAsOf', { source: () => name(s), name: s.name, date: formatDate(s.asOf, locale) })}
                <span className="source-labels">{list(s.labels)}</span>
              </>
            ) : (
              <>
                {name(s)}
                {s.dates.map((d) => (
                  <span key={d.asOf.toISOString()} className="source-labels" data-as-of={d.asOf.toISOString().slice(0, 10)}>
                    {tp('asOfLabels', { date: formatDate(d.asOf, locale), labels: list(d.labels) })}
                  </span>
                ))}
              </>
            )}
            {s.notes.map((n) => (
              <span key={n.label} className="source-note">
                {tp('noteItem', { label: n.label, note: n.note })}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
