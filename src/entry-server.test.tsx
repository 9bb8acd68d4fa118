// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { hydrate } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureSchemaOnce } from './annotations/schema';
import { App } from './app/App';
import { validateArticle } from './domain/article/schema';
import type { Article } from './domain/article/types';
import { DATA_ELEMENT_ID, renderArticlePage, serializeForScript, type PrerenderedData } from './entry-server';
import { createQueryClient } from './lib/queryClient';
import { setServerPath } from './lib/router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SEED = 'chu-trong-cong-tac-danh-gia-chat-luong-to-chuc-co-so-dang-mot-cach-thuc-chat';

function bundled(id: string): Article {
  const raw: unknown = JSON.parse(readFileSync(join(process.cwd(), 'public', 'articles', `${id}.json`), 'utf8'));
  const checked = validateArticle(raw);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

function dataOf(dataScript: string): PrerenderedData {
  const m = /^<script type="application\/json" id="margin-data">([^<]*)<\/script>$/.exec(dataScript);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as PrerenderedData;
}

describe('serializeForScript', () => {
  it('never lets the data end or comment out its <script>, and parses back to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'dòng\u2028mới\u2029', d: '&amp; "q" \\' };
    const text = serializeForScript(value);
    expect(text).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('renderArticlePage', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it('renders the article with its data for its own path', async () => {
    const article = bundled(SEED);
    const page = await renderArticlePage(article);
    expect(page.title).toBe(`${article.title} · Margin`);
    expect(page.html).toContain(`<h1>${article.title}</h1>`);
    expect(page.html).not.toContain('<script');
    expect(page.dataScript).toContain(`id="${DATA_ELEMENT_ID}"`);
    const data = dataOf(page.dataScript);
    expect(data.path).toBe(`/a/${SEED}`);
    expect(data.state.queries).toHaveLength(1);
    expect(data.state.queries[0]!.state.data).toEqual(article);
  });

  it('escapes article text that looks like markup', async () => {
    const article = bundled(SEED);
    const tricky: Article = {
      ...article,
      title: 'Tiêu đề </script><!-- & "trích"',
      blocks: [{ type: 'paragraph', text: '<img src=x onerror=alert(1)> </script>' }, ...article.blocks.slice(1)],
      entities: [],
    };
    const page = await renderArticlePage(tricky);
    expect(page.html).not.toContain('<img');
    expect(page.dataScript.match(/<\/script>/g)).toHaveLength(1);
    expect(dataOf(page.dataScript).state.queries[0]!.state.data).toEqual(tricky);
  });

  it('hydrates on the client without a mismatch, keeping the server nodes', async () => {
    const article = bundled(SEED);
    const page = await renderArticlePage(article);
    const data = dataOf(page.dataScript);
    window.history.replaceState(null, '', data.path);
    document.body.innerHTML = `<div id="root">${page.html}</div>`;
    const root = document.getElementById('root')!;
    const h1 = root.querySelector('h1');
    const paragraph = root.querySelector('p.paragraph');

    const recoverable: unknown[] = [];
    // React's development build explains any mismatch on console.error.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const client = createQueryClient();
    setServerPath(window.location.pathname);
    hydrate(client, data.state);
    let reactRoot: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      reactRoot = hydrateRoot(
        root,
        <StrictMode>
          <App queryClient={client} />
        </StrictMode>,
        { onRecoverableError: (error) => void recoverable.push(error) },
      );
    });
    const errors = logged.mock.calls.map((c) => c.map(String).join(' ')).filter((m) => /hydrat|mismatch|did not match|server/i.test(m));
    logged.mockRestore();
    expect(recoverable).toEqual([]);
    expect(errors).toEqual([]);
    expect(root.querySelector('h1')).toBe(h1);
    expect(root.querySelector('p.paragraph')).toBe(paragraph);
    expect(root.querySelector('h1')!.textContent).toBe(article.title);
    // Unmount so no lazy chunk or effect of the app logs after the test environment is gone.
    await act(async () => reactRoot?.unmount());
    // The reader's notes start with a storage check whose module loads lazily: let it finish while the environment is here.
    await ensureSchemaOnce();
  });
});
