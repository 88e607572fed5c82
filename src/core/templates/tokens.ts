/**
 * Splits a template body into literal text, `{{variables}}` and `<blanks>`, with 1-based positions.
 * Only the template's own text is tokenized: substituted values are never read as markup.
 */

/** One piece of a template body. */
export type TemplateToken =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; raw: string; line: number; column: number }
  | { kind: 'blank'; text: string; line: number; column: number };

// `{{ name }}`; a `{{` not followed by a name is plain text
const variablePattern = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/y;
// `<what happened>`: a letter first, no nested brackets, on one line
const blankPattern = /<([A-Za-z][^<>\n]*)>/y;
// inline HTML a template may legitimately contain: `<br>`, `<kbd>`, `<img src=...>`
const htmlTags = new Set(['a', 'b', 'big', 'blockquote', 'br', 'center', 'code', 'del', 'details', 'div', 'em', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 's', 'small', 'span', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul', 'wbr']);

/** True when the text between `<` and `>` is a blank to fill in, not HTML, an autolink or an address. */
export function isBlankText(inner: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\S*$/i.test(inner)) return false; // <https://example.com>
  if (/^[^\s@]+@[^\s@]+$/.test(inner)) return false; // <oncall@example.com>
  if (inner.endsWith('/') || /[="]/.test(inner)) return false; // <br/>, <img src="x">
  const first = inner.split(/\s/, 1)[0].toLowerCase();
  return !(htmlTags.has(first) && !/\s/.test(inner.trim()));
}

/** Tokenizes a template body; `lineOffset` is the number of file lines before the body. */
export function tokenizeTemplate(body: string, lineOffset = 0): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let text = '';
  let line = lineOffset + 1;
  let lineStart = 0;
  let i = 0;
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  while (i < body.length) {
    const ch = body[i];
    if (ch === '{') {
      variablePattern.lastIndex = i;
      const m = variablePattern.exec(body);
      if (m) {
        flush();
        tokens.push({ kind: 'variable', name: m[1], raw: m[0], line, column: i - lineStart + 1 });
        i += m[0].length;
        continue;
      }
    } else if (ch === '<') {
      blankPattern.lastIndex = i;
      const m = blankPattern.exec(body);
      if (m && isBlankText(m[1])) {
        flush();
        tokens.push({ kind: 'blank', text: m[0], line, column: i - lineStart + 1 });
        i += m[0].length;
        continue;
      }
    } else if (ch === '\n') {
      line += 1;
      lineStart = i + 1;
    }
    text += ch;
    i += 1;
  }
  flush();
  return tokens;
}
