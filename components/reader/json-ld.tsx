// Structured data for crawlers, serialised so no text in it can close the <script> element.
import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/seo/metadata/json-ld';

export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
