// The editors' panel shell: its own <html> in the editor's UI language, never indexed.
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { adminLocale } from '@/lib/admin/ui-locale';
import { currentUser } from '@/lib/auth/session';
import { toUrlLocale } from '@/i18n/locales';
import './admin.css';

export const metadata: Metadata = {
  title: { default: 'Tandem admin', template: '%s · Tandem admin' },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const locale = await adminLocale(await currentUser());
  const messages = await getMessages({ locale: toUrlLocale(locale) });
  return (
    <html lang={locale}>
      <body className="admin">
        <NextIntlClientProvider locale={toUrlLocale(locale)} messages={{ Admin: messages.Admin }} timeZone="Asia/Hong_Kong">
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
