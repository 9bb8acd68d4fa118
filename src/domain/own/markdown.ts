/**
 * Markdown → the raw text ingest reads (title line, then one paragraph per line). Only what a saved
 * article uses is understood: headings, emphasis, links, images, lists, quotes, rules, code fences,
 * front matter (its `title:` and `date:` are kept). Inline HTML is dropped as text, never rendered.
 */
export interface MarkdownText {
  raw: string;
  title: string | null;
  published: string | null;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const LIST_OR_QUOTE = /^\s*(?:>\s?)*(?:[-*+]\s+|\d+[.)]\s+)?/;

function frontMatterField(block: string, field: string): string | null {
  const m = new RegExp(`^${field}:\\s*["']?(.*?)["']?\\s*$`, 'mi').exec(block);
  return m?.[1] ? m[1] : null;
}

/** Inline markup → its text. */
export function inlineText(line: string): string {
  // Escaped characters hide in the private use area while the markup is stripped.
  const escaped: string[] = [];
  return line
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, (_m, c: string) => `\uE000${escaped.push(c) - 1}\uE001`)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<[^>]*>/g, '') // inline HTML, as text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)] ?? '');
}

export function markdownToRaw(md: string): MarkdownText {
  let text = md.replace(/\r\n?/g, '\n');
  let title: string | null = null;
  let published: string | null = null;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    title = frontMatterField(front[1]!, 'title');
    const date = frontMatterField(front[1]!, 'date');
    published = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
    text = text.slice(front[0].length);
  }

  const out: string[] = [];
  let paragraph: string[] = [];
  let inFence = false;
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraph.join(' '));
    paragraph = [];
  };
  const lines = text.split('\n');
  let skip = -1;
  lines.forEach((line, i) => {
    if (i === skip) return; // the underline of a setext heading
    if (FENCE.test(line)) {
      flush();
      inFence = !inFence;
      return;
    }
    if (inFence) {
      out.push(line);
      return;
    }
    const next = lines[i + 1];
    const heading = HEADING.exec(line);
    if (heading || (line.trim() !== '' && next !== undefined && SETEXT.test(next) && paragraph.length === 0)) {
      flush();
      if (!heading) skip = i + 1;
      const h = inlineText(heading ? heading[1]! : line.trim());
      if (title === null && (heading ? /^\s{0,3}#\s/.test(line) : /=/.test(next ?? ''))) title = h;
      else out.push(h);
      return;
    }
    if (RULE.test(line) || line.trim() === '') {
      flush();
      return;
    }
    const marker = LIST_OR_QUOTE.exec(line)?.[0] ?? '';
    // A list item starts its own paragraph; a wrapped line continues the current one.
    if (/[-*+]\s|\d[.)]\s/.test(marker)) flush();
    paragraph.push(inlineText(line.slice(marker.length).trim()));
  });
  flush();

  const body = out.map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter((l) => l !== '');
  if (title === null) title = body.shift() ?? null;
  return { raw: [title ?? '', ...body].join('\n\n'), title, published };
}
