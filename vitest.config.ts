import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit tests next to the code; Playwright specs in e2e/ run under Playwright.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Vitest leaves a core free by default (one worker on a 2-core CI machine); nothing else runs beside it.
    maxWorkers: availableParallelism(),
  },
});
