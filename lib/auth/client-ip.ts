// The client address for throttling and the audit log: the first X-Forwarded-For hop
// (set by the deploy/ proxy), else X-Real-IP.
export function clientIp(headers: { get(name: string): string | null } | Record<string, string | string[] | undefined>): string {
  const get = (name: string): string | null => {
    if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name);
    const v = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  };
  const forwarded = get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || get('x-real-ip')?.trim() || 'unknown').slice(0, 64);
}
