'use server';
// Chart actions: create, save (with a version check) and remove.
import { z } from 'zod';
import { ActionProblem, defineAction } from '@/lib/auth/action';
import { validationMessage } from '@/lib/admin/validation-messages';
import { expireInAction } from '@/lib/cache/expire';
import { ChartConflictError, ChartError, createChartIfMissing, deleteChart, updateChart } from '@/lib/charts/mutations';
import { chartInputSchema } from '@/lib/charts/schemas';

type T = Parameters<typeof validationMessage>[0];

function explain(e: unknown, t: T): never {
  if (e instanceof ChartConflictError) throw new ActionProblem('conflict', validationMessage(t, 'chart.conflict'));
  if (e instanceof ChartError) throw new ActionProblem('invalid', e.message.startsWith('chart.') ? validationMessage(t, e.message) : e.message, undefined, { figures: e.message });
  throw e;
}

export const createChartAction = defineAction({ permission: 'chart.edit', name: 'createChart' }, chartInputSchema, async (input, user, t) => {
  try {
    if (!(await createChartIfMissing(input, user))) throw new ActionProblem('invalid', t('errors.invalid'), undefined, { key: validationMessage(t, 'slug.taken') });
    return { data: { key: input.key } };
  } catch (e) {
    explain(e, t);
  }
});

export const updateChartAction = defineAction(
  { permission: 'chart.edit', name: 'updateChart' },
  z.object({ chart: chartInputSchema, expectedVersion: z.number().int().positive() }),
  async ({ chart, expectedVersion }, user, t) => {
    try {
      const result = await updateChart(chart, expectedVersion, user);
      expireInAction(result);
      return { data: { version: result.version }, message: t('charts.saved') };
    } catch (e) {
      explain(e, t);
    }
  },
);

export const deleteChartAction = defineAction({ permission: 'chart.edit', name: 'deleteChart' }, z.object({ key: z.string().max(60) }), async ({ key }, user, t) => {
  try {
    expireInAction(await deleteChart(key, user));
    return { data: null, message: t('charts.deleted') };
  } catch (e) {
    explain(e, t);
  }
});
