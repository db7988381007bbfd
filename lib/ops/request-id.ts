// The id that ties a request's log lines together. nginx's $request_id (32 hex characters)
// or a UUID is taken from x-request-id; anything else is replaced, so a client cannot put
// arbitrary text into the logs.
export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value);
}

export function newRequestId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource): string | undefined {
  if (typeof headers.get === 'function') return (headers as Headers).get(REQUEST_ID_HEADER) ?? undefined;
  const v = (headers as Record<string, string | string[] | undefined>)[REQUEST_ID_HEADER];
  return Array.isArray(v) ? v[0] : v;
}

/** The request's id from its headers if well-formed, else a new one. */
export function requestIdFrom(headers: HeaderSource | null | undefined): string {
  const given = headers ? headerValue(headers) : undefined;
  return isRequestId(given) ? given : newRequestId();
}
