// Masthead with the language switcher; `path` is the current page without its locale prefix,
// `switcherFallback` where the page has no version in the other language. On reading pages
// it stays on screen (`sticky`), so the switcher is at hand at any paragraph.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import { LocaleSwitcher, type SwitcherFallback } from './locale-switcher';

export async function SiteHeader({ locale, path, sticky = false, switcherFallback }: { locale: Locale; path: string; sticky?: boolean; switcherFallback?: SwitcherFallback }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Site' });
  return (
    <header className={sticky ? 'site-header site-header-sticky' : 'site-header'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="masthead">
        <Link href="/" className="brand">
          {t('name')} <span className="tagline">{t('tagline')}</span>
        </Link>
        <LocaleSwitcher locale={locale} path={path} fallback={switcherFallback} />
      </div>
    </header>
  );
}
