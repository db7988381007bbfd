'use server';
// Media actions: describe a photo (alt text and captions; credit, licence and focal point for
// editors), search the library for the picker, and set a piece's lead image.
import { headers } from 'next/headers';
import { z } from 'zod';
import type { AdminTranslator } from '@/lib/admin/validation-messages';
import { ActionProblem, defineAction } from '@/lib/auth/action';
import { clientIp } from '@/lib/auth/client-ip';
import { expireInAction } from '@/lib/cache/expire';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { describeMedia, setLeadImage } from '@/lib/media/mutations';
import { mediaLibrary, readMediaView } from '@/lib/media/queries';
import { leadImageSchema, mediaDescribeSchema } from '@/lib/media/schemas';
import { MediaError } from '@/lib/media/validate';
import { can } from '@/lib/users/roles';

type T = AdminTranslator;

function explain(e: unknown, t: T): never {
  if (e instanceof MediaError)
    throw new ActionProblem(
      e.code === 'forbidden' ? 'forbidden' : e.code.endsWith('otFound') ? 'notFound' : 'invalid',
      t(`media.errors.${e.code}`, { mb: MAX_UPLOAD_BYTES / 1024 / 1024 }),
    );
  throw e;
}

const ip = async () => clientIp(await headers());

export const describeMediaAction = defineAction({ permission: 'media.describe', name: 'describeMedia' }, mediaDescribeSchema, async (input, user, t) => {
  try {
    const manage = can(user.role, 'media.upload');
    const own = manage ? input : { id: input.id, texts: input.texts };
    expireInAction(await describeMedia(own, user, manage, await ip()));
    return { data: null, message: t('media.saved') };
  } catch (e) {
    explain(e, t);
  }
});

export const searchMediaAction = defineAction({ permission: 'piece.edit', name: 'searchMedia' }, z.object({ q: z.string().max(100).default('') }), async ({ q }) => {
  const items = await mediaLibrary(q, 40);
  return {
    data: items.map(({ id, hash, width, height, alt, caption, credit, originalName, focalX, focalY, licence }) => ({
      id,
      hash,
      width,
      height,
      alt,
      caption,
      credit,
      originalName,
      focalX,
      focalY,
      licence,
    })),
  };
});

export const setLeadImageAction = defineAction({ permission: 'media.upload', name: 'setLeadImage' }, leadImageSchema, async ({ pieceId, mediaId }, user, t) => {
  try {
    expireInAction(await setLeadImage(pieceId, mediaId, user, await ip()));
    return { data: { mediaId }, message: t('media.leadSaved') };
  } catch (e) {
    explain(e, t);
  }
});

/** One photo for a thumbnail in the editor (an image block's current photo). */
export const mediaByIdAction = defineAction({ permission: 'piece.edit', name: 'mediaById' }, z.object({ id: z.string().max(40) }), async ({ id }) => {
  return { data: await readMediaView(id) };
});
