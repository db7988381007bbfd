// The figures list's search box and filters: a plain GET form, so it works without JavaScript
// and every filtered list has an address.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import { FIGURE_USES, type FigureListQuery } from '@/lib/figures/schemas';
import { FIGURE_KINDS } from '@/lib/figures/types';

export async function FigureFilter({ query, locale, count }: { query: FigureListQuery; locale: Locale; count: number }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.figures' });
  return (
    <form method="get" action="/admin/figures" role="search" aria-label={t('filter.label')} className="toolbar" data-testid="figure-filter">
      <label>
        {t('filter.q')} <input type="search" name="q" defaultValue={query.q} maxLength={100} placeholder={t('filter.qHint')} />
      </label>
      <label>
        {t('filter.kind')}{' '}
        <select name="kind" defaultValue={query.kind ?? ''}>
          <option value="">{t('filter.anyKind')}</option>
          {FIGURE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.use')}{' '}
        <select name="use" defaultValue={query.use ?? ''}>
          <option value="">{t('filter.anyUse')}</option>
          {FIGURE_USES.map((u) => (
            <option key={u} value={u}>
              {t(`filter.${u}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('filter.submit')}</button>
      <Link href="/admin/figures">{t('filter.clear')}</Link>
      <span className="muted" role="status" data-testid="figure-count">
        {t('filter.count', { count })}
      </span>
    </form>
  );
}
