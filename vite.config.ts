import { readdirSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Every bundled article (and index.json) must be in the precache, or it would not open offline. */
const bundledArticles = readdirSync(new URL('./public/articles', import.meta.url)).filter((f) => f.endsWith('.json'));

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // Never swap the app under a reader mid-note: a new version waits until they click "Tải lại".
      registerType: 'prompt',
      // src/features/offline/registerServiceWorker.ts registers through virtual:pwa-register.
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
        // App shell + every bundled article JSON, fetched at the first visit: any article opens offline.
        // (The plugin adds manifest.webmanifest itself. Pages prerendered after this build step are not
        // in the precache; offline they are answered by the shell, see runtimeCaching.)
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,json}'],
        cleanupOutdatedCaches: true,
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
        ],
        manifestTransforms: [
          async (entries) => {
            const urls = new Set(entries.map((e) => e.url.replace(/^\//, '')));
            const missing = bundledArticles.filter((f) => !urls.has(`articles/${f}`));
            if (missing.length > 0) {
              throw new Error(`PWA precache is missing bundled articles: ${missing.join(', ')}`);
            }
            return { manifest: entries, warnings: [] };
          },
        ],
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
