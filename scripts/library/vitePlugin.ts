/**
 * Builds the library files (scripts/library/build.ts) as part of `vite build`: after the client bundle
 * and public/ are written, before vite-plugin-pwa lists the precache (its closeBundle), so the service
 * worker can precache the library index and the search entry point. In `vite dev` the same files are
 * built once into node_modules/.margin-library and served from there.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildLibrary } from './build';

const SERVED = /^\/(library|people|pagefind)\//;
const TYPES: Record<string, string> = { '.json': 'application/json', '.js': 'text/javascript', '.pagefind': 'application/octet-stream' };

export function marginLibrary(articlesDir: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'margin-library',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      if (config.build.ssr) return;
      const r = await buildLibrary({ articlesDir, dist: resolve(config.root, config.build.outDir) });
      config.logger.info(`margin-library: ${r.articles} articles, ${r.people} people, search index (${r.ms.search} ms), ${r.answers} stored answers (${r.ms.answers} ms)`);
    },
    async configureServer(server) {
      const dist = resolve(config.root, 'node_modules/.margin-library');
      const ready = buildLibrary({ articlesDir, dist }).catch((e: unknown) => {
        config.logger.error(`margin-library: ${e instanceof Error ? e.message : String(e)}`);
      });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!;
        if (!SERVED.test(path)) return next();
        void ready.then(() => {
          const file = join(dist, decodeURIComponent(path));
          if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      });
    },
  };
}
