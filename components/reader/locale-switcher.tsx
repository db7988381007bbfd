// Links to the same page in the other language. A plain link: works without JavaScript. A
// piece published in this language only has no page in the other: the switcher then points
// to `fallback` (the series page there, which lists the piece) and says so with a marker.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { otherLocale, toUrlLocale, type Locale } from '@/i18n/locales';

export interface SwitcherFallback {
  /** The page to go to in the other language, without its locale prefix. */
  path: string;
  /** Said beside the link, in this page's language ("只有中文版", "English only"). */
  marker: string;
  /** Read out after the link's visible text: that the piece is not available in the other language, and where the link goes. */
  label: string;
}

export async function LocaleSwitcher({ locale, path, fallback }: { locale: Locale; path: string; fallback?: SwitcherFallback }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'LocaleSwitcher' });
  const other = otherLocale(locale);
  if (fallback) {
    return (
      <nav aria-label={t('label')} className="locale-switcher">
        <Link href={fallback.path} locale={toUrlLocale(other)} hrefLang={other} data-fallback="">
          <span lang={other}>{t('otherLanguageName')}</span> · <span className="only-in">{fallback.marker}</span>
          <span className="visually-hidden"> ({fallback.label})</span>
        </Link>
      </nav>
    );
  }
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <Link href={path} locale={toUrlLocale(other)} hrefLang={other} lang={other} rel="alternate" data-keep-paragraph="">
        {t('switchTo')}
      </Link>
    </nav>
  );
}
