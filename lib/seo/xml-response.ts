// Responses for the crawler documents (sitemaps, feeds): the right type, and a cache
// lifetime matching the reader pages'.
import { PUBLIC_CACHE_CONTROL } from './routing/cache-headers';

export const XML_TYPES = {
  xml: 'application/xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;

export function xmlResponse(body: string, type: keyof typeof XML_TYPES = 'xml'): Response {
  return new Response(body, { headers: { 'Content-Type': XML_TYPES[type], 'Cache-Control': PUBLIC_CACHE_CONTROL } });
}
