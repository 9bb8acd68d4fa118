/** Plain DOM for pages painted before the application (the all-notes page's first screen). */

export type Child = Node | string | null | false | undefined;

/**
 * An element with attributes and children. Attribute values are set as values and strings become
 * text nodes: nothing is ever parsed as HTML, so stored text (a reader's note) cannot become markup.
 */
export function h(doc: Document, tag: string, attrs: Record<string, string | null | undefined>, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== false && c !== undefined) el.append(c);
  return el;
}
