import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Shared layers features build on; they know no feature and no page.
const SHARED = ['annotations', 'articles', 'components', 'dom', 'lib', 'stores', 'storage', 'styles', 'workers'];

/**
 * The layers of src/ under `root` (README "How the code is laid out"): app composes features; a
 * feature never imports another feature nor the app; shared layers import neither; and no import
 * cycle, static or dynamic. Every folder in src/features is a feature, so a new one is covered
 * without editing this file. Exported for scripts/lintBoundaries.test.ts, which runs it on fixtures.
 */
export function layerConfig(root) {
  const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const zones = [
    ...features.map((f) => ({
      target: `./src/features/${f}`,
      from: './src/features',
      except: [`./${f}`],
      message: 'A feature never imports another feature: compose them in src/app (props, context or a port).',
    })),
    { target: './src/features', from: './src/app', message: 'Features do not import the app: the app composes them.' },
    ...SHARED.map((layer) => ({
      target: `./src/${layer}`,
      from: ['./src/features', './src/app'],
      message: `src/${layer} is shared: it imports no feature and no app code.`,
    })),
  ];
  return {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, .ts dependencies are not parsed and no-cycle sees no edges.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json', '.css'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-cycle': 'error',
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report', 'public/articles'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layerConfig(fileURLToPath(new URL('.', import.meta.url))),
  {
    // The pure core runs in Node (ingest, eval, bench) and in the browser: no UI, DOM or storage.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*'], message: 'domain/ is pure: no UI libraries.' },
            { group: ['idb-keyval', '**/storage/**', '**/features/**', '**/app/**', '**/dom/**'], message: 'domain/ is pure: no storage, DOM or UI modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'indexedDB', 'localStorage', 'navigator'],
    },
  },
);
