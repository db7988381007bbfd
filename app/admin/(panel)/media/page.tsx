// The media library: upload (editors), search, and each photo's description. Translators
// write alt text and captions only.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { MediaDescribeForm } from '@/components/admin/media-describe-form.client';
import { MediaUpload } from '@/components/admin/media-upload.client';
import { toUrlLocale } from '@/i18n/locales';
import { adminLocale } from '@/lib/admin/ui-locale';
import { requirePageUser } from '@/lib/auth/page-guard';
import { currentUser } from '@/lib/auth/session';
import { mediaLibrary } from '@/lib/media/queries';
import { can } from '@/lib/users/roles';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: toUrlLocale(await adminLocale(await currentUser())), namespace: 'Admin.media' });
  return { title: t('title') };
}

export default async function MediaPage({ searchParams }: PageProps<'/admin/media'>) {
  const access = await requirePageUser('media.describe');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const { user } = access;
  const { q } = await searchParams;
  const search = typeof q === 'string' ? q.slice(0, 100) : '';
  const [t, items] = await Promise.all([getTranslations({ locale: toUrlLocale(user.uiLocale), namespace: 'Admin.media' }), mediaLibrary(search)]);
  const manage = can(user.role, 'media.upload');
  return (
    <>
      <h1>{t('title')}</h1>
      {manage ? (
        <section aria-label={t('upload')}>
          <h2>{t('upload')}</h2>
          <MediaUpload />
        </section>
      ) : (
        <p className="notice">{t('translatorNote')}</p>
      )}
      <form className="toolbar" role="search" method="get">
        <input type="search" name="q" defaultValue={search} aria-label={t('search')} placeholder={t('search')} maxLength={100} />
        <button type="submit" className="secondary">
          {t('searchButton')}
        </button>
      </form>
      {items.length === 0 && <p className="muted">{search ? t('noMatch') : t('empty')}</p>}
      <div className="media-list">
        {items.map((item) => (
          <MediaDescribeForm key={item.id} item={item} manage={manage} uiLocale={user.uiLocale} />
        ))}
      </div>
    </>
  );
}
