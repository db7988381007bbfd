'use server';
// Piece actions: save (autosave too), create, publish, schedule, unpublish, restore.
import { headers } from 'next/headers';
import { z } from 'zod';
import { fromHkInput } from '@/i18n/hk-time';
import { ActionProblem, defineAction } from '@/lib/auth/action';
import { validationMessage } from '@/lib/admin/validation-messages';
import { clientIp } from '@/lib/auth/client-ip';
import { expireInAction } from '@/lib/cache/expire';
import { NotFoundError, SlugTakenError, createPiece } from '@/lib/pieces/mutations';
import { IncompleteError, PublishBlockedError, ScheduleError, publishPiece, schedulePiece, unpublishPiece } from '@/lib/pieces/publish';
import { publishChecklist } from '@/lib/pieces/publish-checklist';
import { describeBlocking } from '@/lib/pieces/publish-checks';
import { formatAdminDateTime } from '@/i18n/admin-date';
import type { Locale } from '@/i18n/locales';
import { PieceConflictError, StructureLockedError, savePiece } from '@/lib/pieces/save';
import { BlockIdTakenError } from '@/lib/pieces/materialize';
import { blockIdSchema, piecePublishSchema, pieceSaveSchema, pieceScheduleSchema, slugSchema } from '@/lib/pieces/schemas';
import { LOCALES } from '@/i18n/locales';
import { NothingToConfirmError, confirmBlockTranslation } from '@/lib/pieces/confirm-translation';
import { translationViewAt } from '@/lib/pieces/translation-sources';
import { setTranslationNote } from '@/lib/pieces/translation-note';
import { restorePieceRevision } from '@/lib/pieces/restore';
import { StaleTranslationError } from '@/lib/pieces/stale-check';

type T = Parameters<typeof validationMessage>[0];

function explain(e: unknown, t: T, locale: Locale = 'zh-HK'): never {
  if (e instanceof PieceConflictError) {
    const c = e.current;
    throw new ActionProblem(
      'conflict',
      t('editor.conflict', { name: c.editorName, version: c.version, time: formatAdminDateTime(c.savedAt, locale), fields: c.changed.join(', ') || '—' }),
      c,
    );
  }
  if (e instanceof StructureLockedError) throw new ActionProblem('forbidden', t('editor.structureLocked', { changes: e.changes.join(', ') }), e.changes);
  if (e instanceof BlockIdTakenError) throw new ActionProblem('invalid', validationMessage(t, 'block.idTaken'), undefined, { blocks: validationMessage(t, 'block.idTaken') });
  if (e instanceof SlugTakenError) throw new ActionProblem('invalid', t('errors.invalid'), undefined, { slug: validationMessage(t, 'slug.taken') });
  if (e instanceof NothingToConfirmError) throw new ActionProblem('invalid', t('translation.nothingToConfirm'));
  if (e instanceof NotFoundError) throw new ActionProblem('notFound', t('errors.notFound'));
  if (e instanceof StaleTranslationError) throw new ActionProblem('invalid', t('translation.publishStale'), { stale: e.stale });
  if (e instanceof PublishBlockedError) {
    const items = e.items.map((i) => describeBlocking(i, (key, values) => t(key, values)));
    throw new ActionProblem('invalid', t('publish.blockedServer', { items: items.join(t('publish.check.separator')) }), { blocking: e.items });
  }
  if (e instanceof IncompleteError) throw new ActionProblem('invalid', t('publish.missing'), e.missing);
  if (e instanceof ScheduleError) throw new ActionProblem('invalid', validationMessage(t, e.message), undefined, { at: validationMessage(t, e.message) });
  throw e;
}

async function ip(): Promise<string> {
  return clientIp(await headers());
}

export const savePieceAction = defineAction({ permission: 'piece.edit', name: 'savePiece' }, pieceSaveSchema, async (input, user, t) => {
  try {
    const saved = await savePiece(input, user);
    // A save reaches readers only through publishing, so this expires nothing (saved.tags is empty).
    expireInAction({ tags: saved.tags });
    return { data: { ...saved, translation: await translationViewAt(input.pieceId, saved.version) }, message: t('editor.saved', { version: saved.version }) };
  } catch (e) {
    explain(e, t, user.uiLocale);
  }
});

const confirmSchema = z.object({
  pieceId: z.string().min(1).max(40),
  baseVersion: z.number().int().positive(),
  blockId: blockIdSchema,
  locale: z.enum(LOCALES),
});

/** Translators too: confirming a translation changes no text and no structure. */
export const confirmTranslationAction = defineAction({ permission: 'piece.edit', name: 'confirmTranslation' }, confirmSchema, async (input, user, t) => {
  try {
    const saved = await confirmBlockTranslation(input, user);
    expireInAction({ tags: saved.tags });
    return { data: { ...saved, translation: await translationViewAt(input.pieceId, saved.version) }, message: t('translation.confirmed') };
  } catch (e) {
    explain(e, t, user.uiLocale);
  }
});

// A piece may start in one language only (it can be published in that one alone), but not in none.
const createSchema = z
  .object({
    seriesSlug: slugSchema,
    slug: slugSchema,
    titleZhHK: z.string().trim().max(200, 'text.tooLong').default(''),
    titleEn: z.string().trim().max(200, 'text.tooLong').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.titleZhHK || v.titleEn) return;
    for (const path of ['titleZhHK', 'titleEn']) ctx.addIssue({ code: 'custom', message: 'title.oneRequired', path: [path] });
  });

export const createPieceAction = defineAction({ permission: 'piece.create', name: 'createPiece' }, createSchema, async (input, user, t) => {
  const empty = { standfirst: '', seoTitle: '', seoDescription: '' };
  try {
    const piece = await createPiece(
      {
        seriesSlug: input.seriesSlug,
        slug: input.slug,
        kind: 'follow-up',
        status: 'draft',
        publishedAt: null,
        texts: { 'zh-HK': { title: input.titleZhHK, ...empty }, en: { title: input.titleEn, ...empty } },
        blocks: [],
      },
      user,
    );
    return { data: piece };
  } catch (e) {
    explain(e, t, user.uiLocale);
  }
});

const pieceIdSchema = z.object({ pieceId: z.string().min(1).max(40) });

export const publishPieceAction = defineAction(
  { permission: 'piece.publish', name: 'publishPiece' },
  piecePublishSchema,
  async ({ pieceId, editions, acknowledgeStale }, user, t) => {
    try {
      const outcome = await publishPiece(pieceId, user, await ip(), editions, acknowledgeStale);
      expireInAction(outcome);
      return { data: outcome, message: t('publish.published') };
    } catch (e) {
      explain(e, t, user.uiLocale);
    }
  },
);

export const schedulePieceAction = defineAction(
  { permission: 'piece.publish', name: 'schedulePiece' },
  pieceScheduleSchema,
  async ({ pieceId, at, editions, acknowledgeStale }, user, t) => {
    const when = fromHkInput(at);
    if (!when) throw new ActionProblem('invalid', t('errors.invalid'), undefined, { at: validationMessage(t, 'generic') });
    try {
      const outcome = await schedulePiece(pieceId, when, user, await ip(), editions, acknowledgeStale);
      expireInAction(outcome);
      return { data: outcome, message: t('publish.scheduled', { time: formatAdminDateTime(when, user.uiLocale) }) };
    } catch (e) {
      explain(e, t, user.uiLocale);
    }
  },
);

const checklistSchema = piecePublishSchema.pick({ pieceId: true, editions: true }).extend({ at: z.string().max(20).optional() });

/** The checklist an editor reads before publishing or scheduling (computed from the working copy). */
export const publishChecklistAction = defineAction({ permission: 'piece.publish', name: 'publishChecklist' }, checklistSchema, async ({ pieceId, editions, at }, user, t) => {
  const checklist = await publishChecklist(pieceId, editions);
  if (!checklist) throw new ActionProblem('notFound', t('errors.notFound'));
  let scheduledFor: string | null = null;
  if (at !== undefined) {
    const when = fromHkInput(at);
    if (!when) throw new ActionProblem('invalid', t('errors.invalid'), undefined, { at: validationMessage(t, 'generic') });
    if (when.getTime() <= Date.now()) throw new ActionProblem('invalid', validationMessage(t, 'schedule.past'), undefined, { at: validationMessage(t, 'schedule.past') });
    scheduledFor = formatAdminDateTime(when, user.uiLocale);
  }
  return { data: { ...checklist, scheduledFor } };
});

export const unpublishPieceAction = defineAction({ permission: 'piece.publish', name: 'unpublishPiece' }, pieceIdSchema, async ({ pieceId }, user, t) => {
  try {
    const outcome = await unpublishPiece(pieceId, user, await ip());
    expireInAction(outcome);
    return { data: outcome, message: t('publish.unpublished') };
  } catch (e) {
    explain(e, t, user.uiLocale);
  }
});

const restoreSchema = pieceIdSchema.extend({ version: z.number().int().positive(), baseVersion: z.number().int().positive() });

export const restorePieceRevisionAction = defineAction({ permission: 'piece.edit', name: 'restorePieceRevision' }, restoreSchema, async (input, user, t) => {
  try {
    const saved = await restorePieceRevision(input.pieceId, input.version, input.baseVersion, user);
    expireInAction({ tags: saved.tags });
    return { data: saved, message: t('history.restored', { version: saved.version }) };
  } catch (e) {
    explain(e, t, user.uiLocale);
  }
});

const noteSchema = pieceIdSchema.extend({ on: z.boolean() });

/** A publishing decision: what readers are told about the state of a translation. */
export const setTranslationNoteAction = defineAction({ permission: 'piece.publish', name: 'setTranslationNote' }, noteSchema, async ({ pieceId, on }, user, t) => {
  try {
    const outcome = await setTranslationNote(pieceId, on, user, await ip());
    expireInAction(outcome);
    return { data: { on }, message: t('translation.noteSaved') };
  } catch (e) {
    explain(e, t, user.uiLocale);
  }
});
