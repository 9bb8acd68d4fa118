// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Entity } from '../domain/article/types';
import { mergePaints, type BlockPaint } from '../dom/paint';
import { EntityCards, EntityLegend, EntityPanel, entityPaints } from '../features/entities';
import { ArticleBody } from '../features/reader';
import { useAppStore, useVisibleTypes } from '../stores/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const B0 = 'Ngày 12/11, Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải chủ trì. Toàn Đảng bộ có 246.797 đảng viên.';
const B1 = 'Đồng chí Nguyễn Hồ Hải phát biểu.';
function at(block: number, text: string, s: string, extra: Partial<Entity>): Entity {
  const start = text.indexOf(s);
  return { block, start, end: start + s.length, text: s, type: 'official', ...extra };
}
const article: Article = {
  id: 'seed',
  title: 'T',
  published: null,
  source: null,
  byline: null,
  lang: 'vi',
  blocks: [
    { type: 'paragraph', text: B0 },
    { type: 'paragraph', text: B1 },
  ],
  entities: [
    at(0, B0, '12/11', { type: 'date' }),
    at(0, B0, 'Thành ủy TPHCM', { type: 'organization' }),
    at(0, B0, 'Nguyễn Hồ Hải', { name: 'Nguyễn Hồ Hải', role: 'Phó Bí thư Thành ủy TPHCM' }),
    at(0, B0, '246.797 đảng viên', { type: 'figure', value: 246797 }),
    at(1, B1, 'Nguyễn Hồ Hải', { name: 'Nguyễn Hồ Hải', role: null }),
  ],
};

/** A reader highlight over the first official's name, as the highlights feature paints it. */
let highlightFirstOfficial = false;

function Reader() {
  const bodyRef = useRef<HTMLDivElement>(null);
  const visible = useVisibleTypes();
  const name = article.entities[2]!;
  const highlights: BlockPaint[][] = highlightFirstOfficial
    ? [[{ id: 'h1', start: name.start, end: name.end, className: 'hl', mark: true, data: { hl: 'h1' }, lead: { tabIndex: 0 } }]]
    : [];
  return (
    <main>
      <EntityLegend article={article} />
      <div ref={bodyRef}>
        <ArticleBody article={article} paints={mergePaints(entityPaints(article, visible), highlights)} />
      </div>
      <aside>
        <EntityPanel article={article} />
      </aside>
      <EntityCards article={article} bodyRef={bodyRef} />
    </main>
  );
}

let root: Root;
let host: HTMLDivElement;

/** Lets lazy chunks resolve and React commit. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

beforeAll(async () => {
  // The lazily loaded parts, compiled up front so that a few ticks are enough for React.lazy.
  await Promise.all([import('../features/entities/EntityCard'), import('../features/entities/Panel')]);
});

beforeEach(async () => {
  useAppStore.setState({
    visibleTypes: { official: true, organization: true, figure: true, date: true, document: true },
    sidePanel: null,
    flashId: null,
  });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(() => root.render(<Reader />));
  await settle();
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const q = <T extends Element = HTMLElement>(sel: string) => host.querySelector<T>(sel);
const dialog = () => host.querySelector('[role="dialog"]');

describe('entities UI in the DOM', () => {
  it('the legend counts mentions and hides a type', async () => {
    const figures = [...host.querySelectorAll('.ent-toggle')].find((b) => b.textContent?.includes('Số liệu'))!;
    expect(figures.getAttribute('aria-pressed')).toBe('true');
    expect(host.querySelectorAll('.ent-figure')).toHaveLength(1);
    await act(() => (figures as HTMLButtonElement).click());
    expect(figures.getAttribute('aria-pressed')).toBe('false');
    // Still in the markup (CSS hides it through html[data-marks]), but no longer a tab stop.
    expect(host.querySelectorAll('.ent-figure')).toHaveLength(1);
    expect(host.querySelector('.ent-figure')!.hasAttribute('tabindex')).toBe(false);
    expect(document.documentElement.getAttribute('data-marks')).toBe('official organization date document');
    expect(useAppStore.getState().visibleTypes.figure).toBe(false);
    expect(host.querySelector('.ent-toggle')!.textContent).toContain('Quan chức2');
  });

  it('makes the first segment of official and figure mentions a tab stop, and nothing else', () => {
    const stops = [...host.querySelectorAll('.article-body [tabindex="0"]')].map((el) => el.textContent);
    expect(stops).toEqual(['Nguyễn Hồ Hải', '246.797 đảng viên', 'Nguyễn Hồ Hải']);
  });

  it('focus alone opens nothing; Enter opens a card about the person and moves into it; Escape closes it', async () => {
    const mention = q('.article-body .ent-official')!;
    await act(() => mention.focus());
    await settle();
    expect(dialog()).toBeNull();
    await act(() => mention.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await settle();
    expect(dialog()?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(dialog()!.textContent).toContain('Nguyễn Hồ Hải');
    expect(dialog()!.textContent).toContain('Phó Bí thư Thành ủy TPHCM');
    expect(dialog()!.textContent).toContain('Nhắc đến 2 lần');
    expect(document.activeElement?.textContent).toContain('Lần sau');

    await act(() => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(mention);

    await act(() => mention.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await settle();
    expect(document.activeElement?.textContent).toContain('Lần sau');
    await act(() => (document.activeElement as HTMLButtonElement).click());
    await settle();
    const second = host.querySelectorAll('.article-body .ent-official')[1];
    expect(document.activeElement).toBe(second);
    expect(dialog()!.textContent).toContain('đây là lần 2');
  });

  it("a figure's card shows the formatted value and its sentence", async () => {
    await act(() => q('.article-body .ent-figure')!.click());
    await settle();
    const card = dialog()!;
    expect(card.querySelector('.ent-card-value')!.textContent).toBe('246.797');
    expect(card.querySelector('blockquote')!.textContent).toBe('Toàn Đảng bộ có 246.797 đảng viên.');
  });

  it("leaves Enter and clicks on a highlighted mention to the highlight's editor", async () => {
    highlightFirstOfficial = true;
    await act(() => root.render(<Reader key="hl" />));
    await settle();
    highlightFirstOfficial = false;
    const mark = q('.article-body mark[data-hl][data-ent]')!;
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(mark.getAttribute('role')).toBe('button');
    await act(() => mark.click());
    await settle();
    expect(dialog()).toBeNull();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    await act(() => mark.dispatchEvent(enter));
    expect(enter.defaultPrevented).toBe(false);
    await settle();
    expect(dialog()).toBeNull();
  });

  it('the panel lists each person once with role and count', () => {
    const items = [...host.querySelectorAll('.ent-panel-item')].map((b) => b.textContent);
    expect(items[0]).toBe('Nguyễn Hồ Hải — Phó Bí thư Thành ủy TPHCM, 2 lần');
    expect(items).toHaveLength(4);
  });
});
