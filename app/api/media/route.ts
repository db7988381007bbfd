// Photo uploads (multipart, field "file"), a Route Handler because photos outgrow a Server
// Action's body limit. It authorises itself, checks Origin against the site (Route Handlers
// have no CSRF check of their own), and answers in the uploader's interface language.
import { getTranslations } from 'next-intl/server';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { uploadMedia } from '@/lib/media/mutations';
import { MediaError } from '@/lib/media/validate';
import { can } from '@/lib/users/roles';

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } });

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('host');
  try {
    const url = new URL(origin);
    return url.origin === new URL(env().SITE_URL).origin || (host !== null && url.host === host);
  } catch {
    return false;
  }
}

export async function POST(request: Request): Promise<Response> {
  const user = await currentUser();
  const t = await getTranslations({ locale: user?.uiLocale === 'en' ? 'en' : 'zh-hk', namespace: 'Admin' });
  if (!user) return json(401, { ok: false, message: t('errors.unauthenticated') });
  if (!can(user.role, 'media.upload') || !sameOrigin(request)) return json(403, { ok: false, message: t('errors.forbidden') });
  const declared = Number(request.headers.get('content-length') ?? 0);
  // Multipart framing adds a little; refuse at once what cannot fit.
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return json(413, { ok: false, message: t('media.errors.tooLarge', { mb: MAX_UPLOAD_BYTES / 1024 / 1024 }) });
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return json(400, { ok: false, message: t('media.errors.unreadable') });
  }
  if (!(file instanceof File)) return json(400, { ok: false, message: t('media.errors.empty') });
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const saved = await uploadMedia({ bytes, name: file.name }, user, clientIp(request.headers));
    return json(201, { ok: true, id: saved.id, message: t('media.uploaded', { name: file.name.slice(0, 200) }) });
  } catch (e) {
    if (e instanceof MediaError)
      return json(e.code === 'tooLarge' ? 413 : 422, { ok: false, code: e.code, message: t(`media.errors.${e.code}`, { mb: MAX_UPLOAD_BYTES / 1024 / 1024 }) });
    throw e;
  }
}
