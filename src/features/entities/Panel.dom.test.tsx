// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../domain/article/types';
import Panel, { SECTION_LIMIT } from './Panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An article whose one paragraph holds `figures` distinct figures and two officials. */
function articleWith(figures: number): Article {
  const parts = Array.from({ length: figures }, (_, i) => `${i + 1} tỷ đồng`);
  const text = `Ông Nguyễn Văn A và bà Trần Thị B báo cáo: ${parts.join(', ')}.`;
  const entities: Entity[] = [];
  const add = (s: string, extra: Partial<Entity>) => {
    const start = text.indexOf(s, entities.at(-1)?.end ?? 0);
    entities.push({ block: 0, start, end: start + s.length, text: s, type: 'official', ...extra });
  };
  add('Nguyễn Văn A', { name: 'Nguyễn Văn A', role: null });
  add('Trần Thị B', { name: 'Trần Thị B', role: null });
  parts.forEach((p, i) => add(p, { type: 'figure', value: (i + 1) * 1e9 }));
  return { id: 'many', title: 'T', published: null, source: null, byline: null, lang: 'vi', blocks: [{ type: 'paragraph', text }], entities };
}

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const list = (name: RegExp) => [...host.querySelectorAll('.ent-panel-section')].find((s) => name.test(s.querySelector('h3')?.textContent ?? ''))!;
const items = (name: RegExp) => list(name).querySelectorAll('.ent-panel-item').length;
const more = (name: RegExp) => list(name).querySelector<HTMLButtonElement>('.ent-panel-more');

describe('the "Trong bài này" panel of a long article', () => {
  it.each([
    { figures: 5, shown: 5, button: null },
    { figures: SECTION_LIMIT, shown: SECTION_LIMIT, button: null },
    { figures: SECTION_LIMIT + 1, shown: SECTION_LIMIT, button: `Hiện cả ${SECTION_LIMIT + 1} mục số liệu chính` },
    { figures: 120, shown: SECTION_LIMIT, button: 'Hiện cả 120 mục số liệu chính' },
  ])('$figures figures: $shown listed at first, button $button', ({ figures, shown, button }) => {
    act(() => root.render(<Panel article={articleWith(figures)} />));
    expect(items(/^Số liệu/)).toBe(shown);
    expect(more(/^Số liệu/)?.textContent ?? null).toBe(button);
    // The heading still counts every entry, and a short section is whole.
    expect(list(/^Số liệu/).querySelector('h3')!.textContent).toContain(`(${figures})`);
    expect(items(/^Người/)).toBe(2);
    expect(more(/^Người/)).toBeNull();
  });

  it('"show all" lists the rest of that section, in reading order, and goes away', () => {
    act(() => root.render(<Panel article={articleWith(75)} />));
    more(/^Số liệu/)!.focus();
    act(() => more(/^Số liệu/)!.click());
    const names = [...list(/^Số liệu/).querySelectorAll('.ent-panel-name')].map((n) => n.textContent);
    expect(names).toHaveLength(75);
    expect(names[0]).toBe('1 tỷ đồng');
    expect(names[74]).toBe('75 tỷ đồng');
    expect(more(/^Số liệu/)).toBeNull();
    // Focus is not dropped with the button: it moves to the first entry revealed.
    expect(document.activeElement?.textContent).toContain(`${SECTION_LIMIT + 1} tỷ đồng`);
  });
});
