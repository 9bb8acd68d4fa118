import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit tests next to the code; Playwright specs in e2e/ run under Playwright.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
