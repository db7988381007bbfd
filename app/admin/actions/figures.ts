'use server';
// Figure actions: create a figure, edit its metadata, confirm it against its source, revise
// a value (with a reason in both languages) and restore an old one. Input is validated with
// the forms' own schemas, and their codes are worded by lib/figures/field-errors.ts.
import { headers } from 'next/headers';
import { z, ZodError } from 'zod';
import { ActionProblem, defineAction } from '@/lib/auth/action';
import { clientIp } from '@/lib/auth/client-ip';
import { expireInAction } from '@/lib/cache/expire';
import { figureRevisionValue } from '@/lib/figures/admin-queries';
import { confirmFigureChecked } from '@/lib/figures/check';
import { createFigure, FigureFieldError } from '@/lib/figures/create';
import { figureErrorMessage, figureFieldErrors, figureFieldMessages, type CodeTranslator } from '@/lib/figures/field-errors';
import { editFigureMeta, FigureNotFoundError } from '@/lib/figures/meta';
import { DerivedFigureError, FigureConflictError, reviseFigure, type FigureReviseInput } from '@/lib/figures/revise';
import { figureKeySchema, figureMetaSchema } from '@/lib/figures/schemas';

type Translator = Parameters<Parameters<typeof defineAction>[2]>[2];
type Editor = Parameters<typeof reviseFigure>[1];
/** Form values: the real schema runs inside, so its codes get the figures' own words. */
const formInput = z.record(z.string(), z.unknown());

/** Maps the figures' domain errors to localised answers; anything else goes to defineAction. */
function explain(e: unknown, t: Translator): never {
  const say = t as unknown as CodeTranslator;
  if (e instanceof ZodError) throw new ActionProblem('invalid', t('errors.invalid'), undefined, figureFieldErrors(say, e.issues));
  if (e instanceof FigureFieldError) throw new ActionProblem('invalid', t('errors.invalid'), undefined, figureFieldMessages(say, e.fields));
  if (e instanceof FigureNotFoundError) throw new ActionProblem('notFound', t('errors.notFound'));
  if (e instanceof DerivedFigureError)
    throw new ActionProblem('invalid', figureErrorMessage(say, 'figure.derived'), undefined, { value: figureErrorMessage(say, 'figure.derived') });
  if (e instanceof FigureConflictError) throw new ActionProblem('conflict', t('figures.conflict', { value: e.current.value, version: e.current.version }), e.current);
  throw e;
}

async function ip() {
  return clientIp(await headers());
}

export const createFigureAction = defineAction({ permission: 'figure.create', name: 'createFigure' }, formInput, async (input, user, t) => {
  try {
    const result = await createFigure(input, user, await ip());
    expireInAction(result);
    return { data: { key: result.key }, message: t('figures.create.created') };
  } catch (e) {
    explain(e, t);
  }
});

export const editFigureMetaAction = defineAction({ permission: 'figure.revise', name: 'editFigureMeta' }, formInput, async (input, user, t) => {
  try {
    const result = await editFigureMeta(figureMetaSchema.parse(input), user, await ip());
    expireInAction(result);
    return { data: { version: result.version, changed: result.changed }, message: result.changed.length ? t('figures.meta.saved') : t('figures.meta.unchanged') };
  } catch (e) {
    if (e instanceof FigureConflictError) throw new ActionProblem('conflict', t('figures.meta.conflict', { version: e.current.version }), e.current);
    explain(e, t);
  }
});

export const confirmFigureCheckedAction = defineAction(
  { permission: 'figure.revise', name: 'confirmFigureChecked' },
  z.object({ key: figureKeySchema }),
  async (input, user, t) => {
    try {
      const result = await confirmFigureChecked(input.key, user, await ip());
      expireInAction(result);
      return { data: { checkedAt: result.checkedAt.toISOString() }, message: t('figures.check.done') };
    } catch (e) {
      explain(e, t);
    }
  },
);

async function revise(input: FigureReviseInput, user: Editor, t: Translator) {
  try {
    const result = await reviseFigure(input, user, await ip());
    expireInAction(result);
    return { data: result, message: t('figures.revised') };
  } catch (e) {
    explain(e, t);
  }
}

export const reviseFigureAction = defineAction({ permission: 'figure.revise', name: 'reviseFigure' }, formInput, (input, user, t) => revise(input as FigureReviseInput, user, t));

const restoreSchema = z.object({
  revisionId: z.string().min(1).max(40),
  expectedVersion: z.number().int().positive(),
  reasonZhHK: z.string().trim().min(4, 'reason.tooShort').max(500, 'reason.tooLong'),
  reasonEn: z.string().trim().min(4, 'reason.tooShort').max(500, 'reason.tooLong'),
});

/** Restores the value a figure had before a revision, as a new revision. */
export const restoreFigureValueAction = defineAction({ permission: 'figure.revise', name: 'restoreFigureValue' }, restoreSchema, async (input, user, t) => {
  const old = await figureRevisionValue(input.revisionId);
  if (!old) throw new ActionProblem('notFound', t('errors.notFound'));
  return revise(
    { key: old.key, expectedVersion: input.expectedVersion, value: old.value, valueHigh: old.valueHigh, reasonZhHK: input.reasonZhHK, reasonEn: input.reasonEn },
    user,
    t,
  );
});
