// An audit entry as a sentence in the editor's language: which message says it (known actions
// have their own, any other a generic one), who did it by name, and what it changed, linked.
export interface AuditTarget {
  type: string;
  id: string;
  /** A name a person reads: the piece's headline, the figure's label, the user's name. */
  label: string;
  /** The admin page of what changed, when there is one. */
  href: string | null;
}

export interface AuditEntryView {
  id: string;
  createdAt: Date;
  action: string;
  /** The actor's display name; null for the system (the scheduler) or an unknown visitor. */
  actorName: string | null;
  actorEmail: string | null;
  target: AuditTarget | null;
  summary: string;
  ip: string | null;
}

/** Actions with a sentence of their own (Admin.audit.sentence.<key>, dots as underscores). */
export const KNOWN_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-in-throttled',
  'piece.create',
  'piece.save',
  'piece.publish',
  'piece.unpublish',
  'piece.schedule',
  'piece.restore',
  'piece.settings',
  'chart.create',
  'chart.update',
  'chart.delete',
  'figure.revise',
  'figure.restore',
  'user.create',
  'user.update',
  'user.disable',
  'user.password',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];
export type SentenceKey = KnownAction extends infer A ? (A extends string ? `sentence.${ReplaceDots<A>}` : never) : never;
type ReplaceDots<S extends string> = S extends `${infer H}.${infer T}` ? `${H}_${ReplaceDots<T>}` : S;

const isKnown = (action: string): action is KnownAction => (KNOWN_ACTIONS as readonly string[]).includes(action);

/**
 * The message key and values of an entry's sentence. Messages take `<actor>` and `<target>`
 * tags around {actorName} and {targetName}, so a page can make them links.
 */
export function auditSentence(entry: Pick<AuditEntryView, 'action' | 'actorName' | 'actorEmail' | 'target'>, systemName: string) {
  const values = {
    actorName: entry.actorName ?? entry.actorEmail ?? systemName,
    targetName: entry.target?.label ?? '—',
    action: entry.action,
  };
  const key: SentenceKey | 'sentence.generic' | 'sentence.genericNoTarget' = isKnown(entry.action)
    ? (`sentence.${entry.action.replace(/\./g, '_')}` as SentenceKey)
    : entry.target
      ? 'sentence.generic'
      : 'sentence.genericNoTarget';
  return { key, values };
}

/** Where an admin reads about what changed. */
export function targetHref(type: string, id: string): string | null {
  const path = encodeURIComponent(id);
  switch (type) {
    case 'piece':
      return `/admin/pieces/${path}`;
    case 'figure':
      return `/admin/figures/${path}`;
    case 'chart':
      return `/admin/charts/${path}`;
    case 'user':
      return '/admin/users';
    default:
      return null;
  }
}
