import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
