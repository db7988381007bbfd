// Next to the revision form: the published pieces and charts a new value will change.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { RevisionImpact } from '@/lib/figures/impact';

export async function FigureImpact({ impact, locale }: { impact: RevisionImpact; locale: Locale }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.figures.impact' });
  return (
    <section className="card" aria-labelledby="impact-heading" data-testid="revision-impact">
      <h2 id="impact-heading" style={{ marginTop: 0 }}>
        {t('title')}
      </h2>
      <h3>{t('pieces')}</h3>
      {impact.pieces.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul data-testid="impact-pieces">
          {impact.pieces.map((p) => (
            <li key={p.id}>
              <Link href={`/admin/pieces/${p.id}`}>{p.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('charts')}</h3>
      {impact.charts.length === 0 ? (
        <p>{t('noCharts')}</p>
      ) : (
        <ul data-testid="impact-charts">
          {impact.charts.map((c) => (
            <li key={c.key}>
              <Link href={`/admin/charts/${c.key}`}>{c.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {impact.derived.length > 0 && <p className="muted">{t('derived', { keys: impact.derived.join(', ') })}</p>}
    </section>
  );
}
