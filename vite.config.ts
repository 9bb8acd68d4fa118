import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './scripts/csp';
import { marginLibrary } from './scripts/library/vitePlugin';
import { precachesAll } from './scripts/offlinePolicy';
import { prefsBoot } from './scripts/prefsBoot';
import { preloadApp } from './scripts/preloadApp';

/** The library to build: the bundled articles, or MARGIN_LIBRARY=<dir> (a folder `npm run ingest` wrote). */
const articlesDir = resolve(process.env.MARGIN_LIBRARY ?? 'public/articles');
const articleFiles = readdirSync(articlesDir).filter((f) => f.endsWith('.json'));

// Offline policy by size (scripts/offlinePolicy.ts): index.json is not an article.
const precacheAll = precachesAll(articleFiles.length - 1);
const SHELL = ['**/*.{js,css,html,woff2,svg,png}', 'library/index.json', 'people/index.json', 'pagefind/pagefind-entry.json', 'pagefind/*.pf_meta', 'pagefind/wasm.*.pagefind'];

export default defineConfig({
  plugins: [
    // Before the PWA plugin reads index.html: the precached shell carries its policy.
    cspPlugin(),
    react(),
    marginLibrary(articlesDir),
    // Theme, size, width and marks from localStorage onto <html> before the first paint.
    prefsBoot(),
    // The shell's pages start the application at once: fetch its code beside the entry.
    preloadApp(),
    VitePWA({
      strategies: 'generateSW',
      // Never swap the app under a reader mid-note: a new version waits until they click "Tải lại".
      registerType: 'prompt',
      // src/features/offline/register.ts registers through virtual:pwa-register, loaded on demand.
      injectRegister: false,
      // The icons are already in the precache through globPatterns (no duplicate entries).
      includeManifestIcons: false,
      manifest: {
        name: 'Margin — đọc báo có chú giải',
        short_name: 'Margin',
        description:
          'Đọc báo tiếng Việt, thấy rõ ai giữ chức vụ gì, con số nào đáng chú ý, và ghi chú không bao giờ mất.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        id: '/',
        display: 'standalone',
        theme_color: '#f7f4ee',
        background_color: '#f7f4ee',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Small library: app shell + every article, library, people and search file, fetched at the first
        // visit, so any article opens and search works offline. Large: the shell and entry points only.
        // (The plugin adds manifest.webmanifest itself. Pages prerendered after this build step are not
        // in the precache; offline they are answered by the shell, see runtimeCaching.)
        globPatterns: precacheAll ? ['**/*.{js,css,html,woff2,svg,png,json}', 'pagefind/**/*'] : SHELL,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Static routes for warm visits (prerendered pages from Cache Storage, other navigations raced): public/sw-routes.js.
        importScripts: ['/sw-routes.js'],
        // Navigations are handled by the runtime route below (network, then the precached shell), so that
        // pages prerendered later (dist/a/<id>/index.html) are served online and the shell still works offline.
        navigateFallback: null,
        runtimeCaching: [
          {
            // App routes only (/, /notes, /a/<id>, unknown paths → the app's own "not found"); files and
            // data (/articles/*.json, /assets/*, /icons/*, anything with an extension) are not app routes.
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' &&
              !/^\/(articles|assets|icons)\//.test(url.pathname) &&
              !/\.[a-z0-9]+$/i.test(url.pathname),
            // NetworkOnly, not NetworkFirst: a cached HTML page would pin hashed asset URLs that a later
            // version's precache no longer holds. The precached shell is always consistent with its assets.
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: '/index.html' } },
          },
          {
            // Articles a reader opened (or saved for offline) stay readable offline; a new build's text
            // replaces them in the background.
            urlPattern: ({ url }) => /^\/articles\/[^/]+\.json$/.test(url.pathname),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'margin-articles' },
          },
          {
            // Library pages, people and search chunks the reader used (search chunks are content-hashed).
            urlPattern: ({ url }) => /^\/(library|people|pagefind)\//.test(url.pathname),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'margin-library' },
          },
        ],
        manifestTransforms: [
          async (entries) => {
            if (!precacheAll) return { manifest: entries, warnings: [] };
            const urls = new Set(entries.map((e) => e.url.replace(/^\//, '')));
            const missing = articleFiles.filter((f) => !urls.has(`articles/${f}`));
            if (missing.length > 0) {
              throw new Error(`PWA precache is missing bundled articles: ${missing.join(', ')}`);
            }
            return { manifest: entries, warnings: [] };
          },
        ],
      },
    }),
  ],
  // The manifest lists every lazily loaded chunk for e2e/chunks.spec.ts (dist/.vite/, not served or precached).
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
