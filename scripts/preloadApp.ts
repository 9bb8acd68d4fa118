/**
 * Vite plugin `margin-preload-app`: `<link rel="modulepreload">` in the built index.html for the
 * application chunk (src/app/start.tsx) and the chunks it imports. Every page served from that shell
 * (the library, /notes, /people, an own article) starts the application at once, so its code is
 * fetched beside the small entry instead of after it. Prerendered articles drop every module preload
 * (scripts/prerender.ts): they load the application only at the reader's first use.
 */
import type { Plugin } from 'vite';

export const APP_MODULE = 'src/app/start.tsx';

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
  isEntry?: boolean;
}

/** The application chunk's file and its static imports' (never the entry), in load order. */
export function appChunkFiles(bundle: Record<string, ChunkLike>, module = APP_MODULE): string[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike & { type: 'chunk' } => c.type === 'chunk');
  const app = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`));
  if (!app) throw new Error(`margin-preload-app: no chunk for ${module} in the build`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const visit = (c: ChunkLike) => {
    if (c.isEntry || files.includes(c.fileName)) return;
    files.push(c.fileName);
    for (const dep of c.imports ?? []) {
      const next = byName.get(dep);
      if (next) visit(next);
    }
  };
  visit(app);
  return files;
}

export function preloadApp(): Plugin {
  return {
    name: 'margin-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (!ctx.bundle) return html;
        const tags = appChunkFiles(ctx.bundle as Record<string, ChunkLike>).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
        return { html, tags };
      },
    },
  };
}
