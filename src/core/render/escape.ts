/**
 * Escaping for text placed in HTML. Every string that comes from a document goes through one of these,
 * so no document content can open a tag, close an attribute or start a comment.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // most text has nothing to escape: skip the replace (large timelines call this thousands of times)
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => HTML_ESCAPES[c]) : text;
}

const SPECIAL = /[&<>"'`]/;
const SPECIALS = /[&<>"'`]/g;

/** Serialises a value as JSON safe inside a quoted HTML attribute (the webview reads it back with `JSON.parse`). */
export function jsonAttribute(value: unknown): string {
  return escapeHtml(JSON.stringify(value ?? null));
}
