'use server';
// Figure actions: revise a value (with a reason in both languages) and restore an old one.
import { headers } from 'next/headers';
import { z } from 'zod';
import { ActionProblem, defineAction } from '@/lib/auth/action';
import { clientIp } from '@/lib/auth/client-ip';
import { expireInAction } from '@/lib/cache/expire';
import { figureRevisionValue } from '@/lib/figures/admin-queries';
import { DerivedFigureError, FigureConflictError, figureReviseSchema, reviseFigure, type FigureReviseInput } from '@/lib/figures/revise';
import { validationMessage } from '@/lib/admin/validation-messages';

async function revise(input: FigureReviseInput, user: Parameters<typeof reviseFigure>[1], t: Parameters<Parameters<typeof defineAction>[2]>[2]) {
  try {
    const result = await reviseFigure(input, user, clientIp(await headers()));
    expireInAction(result);
    return { data: result, message: t('figures.revised') };
  } catch (e) {
    if (e instanceof DerivedFigureError) throw new ActionProblem('invalid', validationMessage(t, 'figure.derived'), undefined, { value: validationMessage(t, 'figure.derived') });
    if (e instanceof FigureConflictError) {
      throw new ActionProblem('conflict', t('figures.conflict', { value: e.current.value, version: e.current.version }), e.current);
    }
    throw e;
  }
}

export const reviseFigureAction = defineAction({ permission: 'figure.revise', name: 'reviseFigure' }, figureReviseSchema, (input, user, t) => revise(input, user, t));

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
