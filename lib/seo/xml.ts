// XML text and attribute escaping, shared by the sitemaps and the feeds.

// Characters XML 1.0 forbids anywhere, even escaped (controls other than tab, LF, CR).
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for an XML element or a double-quoted attribute, dropping forbidden characters. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** W3C datetime as sitemaps and Atom want it (UTC, second precision). */
export function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
