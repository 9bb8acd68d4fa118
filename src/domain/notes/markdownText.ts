/**
 * Escaping for Markdown and YAML front matter, so article text and notes stay literal text:
 * a quote can never become a heading, list, link, image, HTML, table or code span.
 */

/** Characters escaped everywhere (CommonMark allows a backslash before any ASCII punctuation). */
const INLINE = /[\\`*_{}[\]()<>|~!&]/g;
/**
 * "#" is escaped unless it starts a `#tag` (a letter, digit or _ follows): a heading needs a space
 * after its "#"s, so `#tag` stays a tag for Obsidian and friends and never becomes a heading.
 */
const HASH = /#(?![\p{L}\p{N}_])/gu;

/** Escapes one line of text for Markdown (no newlines expected). */
export function escapeMarkdownLine(line: string): string {
  let out = line.replace(INLINE, (c) => `\\${c}`).replace(HASH, '\\#');
  // Block markers only count at the start of a line: list bullets, ordered lists, setext underlines,
  // thematic breaks. Leading spaces would make an indented code block: keep them as entities.
  out = out.replace(/^([ \t]*)([-+=])/, '$1\\$2').replace(/^([ \t]*)(\d+)([.)])/, '$1$2\\$3');
  out = out.replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
  return out;
}

const lines = (text: string) => text.split(/\r\n|\r|\n/);

/** A blockquote: every line prefixed with "> " (empty lines with ">"), each line escaped. */
export function markdownBlockquote(text: string): string {
  return lines(text)
    .map((line) => (line === '' ? '>' : `> ${escapeMarkdownLine(line)}`))
    .join('\n');
}

/** Plain text as a Markdown paragraph: lines escaped and kept apart with hard line breaks. */
export function markdownParagraph(text: string): string {
  const ls = lines(text).map(escapeMarkdownLine);
  return ls.map((line, i) => (line !== '' && (ls[i + 1] ?? '') !== '' ? `${line}  ` : line)).join('\n');
}

/** A YAML double-quoted scalar (or null): escapes backslash, quote, controls, line/paragraph separators. */
export function yamlString(value: string | null): string {
  if (value === null) return 'null';
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}
