// One wrapper for every Server Action: authorise first (session re-checked against the
// database), then validate with zod, then run the domain call, and answer with a typed
// result whose messages are in the editor's UI language. Nothing here trusts proxy.ts.
import 'server-only';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { ZodError, type z } from 'zod';
import { blockFieldErrors, fieldErrorsOf, type AdminTranslator } from '@/lib/admin/validation-messages';
import { BodyValidationError } from '@/lib/content/check-refs';
import type { SessionUser } from '@/lib/users/queries';
import { can, type Permission } from '@/lib/users/roles';
import { errorFields } from '@/lib/ops/log';
import { elapsed, logMutation, type MutationOutcome } from '@/lib/ops/mutation-log';
import { requestIdFrom } from '@/lib/ops/request-id';
import { currentUser } from './session';

export type ActionError = 'unauthenticated' | 'forbidden' | 'invalid' | 'conflict' | 'notFound' | 'failed';

export type ActionResult<T> = { ok: true; data: T; message?: string } | { ok: false; error: ActionError; message: string; fieldErrors?: Record<string, string>; details?: unknown };

/** A domain error the action knows how to explain; `details` travels to the form. */
export class ActionProblem extends Error {
  constructor(
    readonly error: ActionError,
    message: string,
    readonly details?: unknown,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

const OUTCOME: Record<ActionError, MutationOutcome> = {
  unauthenticated: 'refused',
  forbidden: 'refused',
  conflict: 'refused',
  notFound: 'refused',
  invalid: 'invalid',
  failed: 'error',
};

/** Outside a request (scripts, tests) there are no headers; the line still gets an id. */
async function currentRequestId(): Promise<string> {
  try {
    return requestIdFrom(await headers());
  } catch {
    return requestIdFrom(null);
  }
}

/** What an action needs, and the name the mutation log gives it. */
export interface ActionSpec {
  /** null: any signed-in user (their own preferences). */
  permission: Permission | null;
  name: string;
}

/** `spec` names the action for the mutation log; a bare permission logs it under the permission. */
export function defineAction<S extends z.ZodType, T>(
  spec: ActionSpec | Permission | null,
  schema: S,
  run: (input: z.output<S>, user: SessionUser, t: AdminTranslator) => Promise<{ data: T; message?: string }>,
) {
  const { permission, name } = spec !== null && typeof spec === 'object' ? spec : { permission: spec, name: undefined };
  const action = name ?? permission ?? 'account.self';
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const start = performance.now();
    let userId: string | null = null;
    let failure: unknown;
    const attempt = async (): Promise<ActionResult<T>> => {
      const user = await currentUser();
      userId = user?.id ?? null;
      const t = await getTranslations({ locale: user?.uiLocale === 'en' ? 'en' : 'zh-hk', namespace: 'Admin' });
      if (!user) return { ok: false, error: 'unauthenticated', message: t('errors.unauthenticated') };
      if (permission && !can(user.role, permission)) return { ok: false, error: 'forbidden', message: t('errors.forbidden') };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return { ok: false, error: 'invalid', message: t('errors.invalid'), fieldErrors: fieldErrorsOf(t, parsed.error) };
      try {
        const { data, message } = await run(parsed.data, user, t);
        return { ok: true, data, message };
      } catch (e) {
        if (e instanceof ActionProblem) return { ok: false, error: e.error, message: e.message, details: e.details, fieldErrors: e.fieldErrors };
        if (e instanceof ZodError) return { ok: false, error: 'invalid', message: t('errors.invalid'), fieldErrors: fieldErrorsOf(t, e) };
        if (e instanceof BodyValidationError) {
          // Each problem is shown at its block; the message only counts them.
          return { ok: false, error: 'invalid', message: t('validation.body', { count: e.problems.length }), fieldErrors: blockFieldErrors(t, e.problems) };
        }
        failure = e;
        return { ok: false, error: 'failed', message: t('errors.failed') };
      }
    };
    let result: ActionResult<T>;
    try {
      result = await attempt();
    } catch (e) {
      // Reading the session or the messages failed: Next answers with an error, and the log says which action.
      logMutation({ requestId: await currentRequestId(), userId, action, outcome: 'error', ms: elapsed(start) }, errorFields(e));
      throw e;
    }
    // The input is never logged: it can hold passwords. Field names of invalid input are enough.
    const requestId = await currentRequestId();
    const outcome = result.ok ? 'ok' : OUTCOME[result.error];
    const extra = failure !== undefined ? errorFields(failure) : !result.ok && result.fieldErrors ? { fields: Object.keys(result.fieldErrors) } : {};
    logMutation({ requestId, userId, action, outcome, ...(result.ok ? {} : { reason: result.error }), ms: elapsed(start) }, extra);
    return result;
  };
}
