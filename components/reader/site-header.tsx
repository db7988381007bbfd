// Masthead with the language switcher; `path` is the current page without its locale prefix.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import { LocaleSwitcher } from './locale-switcher';

export async function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Site' });
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="masthead">
        <Link href="/" className="brand">
          {t('name')} <span className="tagline">{t('tagline')}</span>
        </Link>
        <LocaleSwitcher locale={locale} path={path} />
      </div>
    </header>
  );
}
