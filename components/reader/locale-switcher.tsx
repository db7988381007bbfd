// Links to the same page in the other language. A plain link: works without JavaScript.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { otherLocale, toUrlLocale, type Locale } from '@/i18n/locales';

export async function LocaleSwitcher({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'LocaleSwitcher' });
  const other = otherLocale(locale);
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <Link href={path} locale={toUrlLocale(other)} hrefLang={other} lang={other} rel="alternate" data-keep-paragraph="">
        {t('switchTo')}
      </Link>
    </nav>
  );
}
