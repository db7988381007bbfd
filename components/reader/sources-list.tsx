// The sources behind the figures a piece uses, with their as-of dates.
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format-date';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { SourceView } from '@/lib/pieces/types';

export async function SourcesList({ sources, locale }: { sources: SourceView[]; locale: Locale }) {
  if (!sources.length) return null;
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sources')}</h2>
      <ul>
        {sources.map((s) => (
          <li key={`${s.name}|${s.url ?? ''}`}>
            {t.rich('sourceAsOf', {
              source: (chunks) =>
                s.url ? (
                  <a href={s.url} rel="noopener noreferrer">
                    {chunks}
                  </a>
                ) : (
                  chunks
                ),
              name: s.name,
              date: formatDate(s.asOf, locale),
            })}
            <span className="source-labels">{s.labels.join(locale === 'zh-HK' ? '、' : '; ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
