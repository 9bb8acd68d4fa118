/**
 * Server entry for the prerenderer (scripts/prerender.ts, built with `vite build --ssr`).
 *
 * It renders the same tree as src/main.tsx for one path, with the page's data already in the
 * query cache, and returns the HTML plus the data the client needs to hydrate without a fetch:
 * the react-query dehydrated state, serialized for a `<script type="application/json">`.
 * Nothing here may touch window, localStorage or IndexedDB: components read those in effects.
 */
import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import type { Article } from './domain/article/types';
import { createQueryClient } from './lib/queryClient';
import { queryKeys } from './lib/queryKeys';
import { articlePath, setServerPath } from './lib/router';

/** The id of the `<script type="application/json">` that carries `PrerenderedData`. */
export const DATA_ELEMENT_ID = 'margin-data';

/** What the prerendered page embeds for the client. */
export interface PrerenderedData {
  /** The path the HTML was rendered for (no trailing slash); the client hydrates only there. */
  path: string;
  state: DehydratedState;
}

export interface RenderedPage {
  /** Markup for inside `<div id="root">`. */
  html: string;
  /** Text for `<title>` (same as the client's useDocumentTitle sets). */
  title: string;
  /** The complete `<script type="application/json" id="margin-data">…</script>` element. */
  dataScript: string;
}

/**
 * JSON that is safe as the text of a `<script>` element: every `<` becomes `\u003c`, so neither
 * `</script>` nor `<!--` can end or change the element; U+2028/U+2029 are escaped for old parsers.
 * `JSON.parse` gives back exactly the same value.
 */
export function serializeForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

async function renderTree(path: string, client: ReturnType<typeof createQueryClient>): Promise<string> {
  setServerPath(path);
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App queryClient={client} />
    </StrictMode>,
    {
      onError: (error) => void errors.push(error),
      // Every Suspense boundary inline, in document order: no "$RC" reveal scripts or hidden
      // out-of-order chunks, so the page reads the same without JavaScript.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  let html = '';
  for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  if (errors.length > 0) {
    // A component that fails on the server would fall back to client rendering and mismatch:
    // better to stop the build and name it.
    const first = errors[0];
    throw new Error(`prerender ${path}: ${first instanceof Error ? (first.stack ?? first.message) : String(first)}`, {
      cause: first,
    });
  }
  return html;
}

/** Renders the reader page of one (already validated) article. */
export async function renderArticlePage(article: Article): Promise<RenderedPage> {
  const path = articlePath(article.id);
  const client = createQueryClient();
  client.setQueryData(queryKeys.articles.detail(article.id), article);
  const html = await renderTree(path, client);
  const data: PrerenderedData = { path, state: dehydrate(client) };
  client.clear();
  return {
    html,
    title: `${article.title} · Margin`,
    dataScript: `<script type="application/json" id="${DATA_ELEMENT_ID}">${serializeForScript(data)}</script>`,
  };
}
