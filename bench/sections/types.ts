/** What every bench section gets, and what it is. */
import type { Browser } from '@playwright/test';
import type { Fixtures } from '../lib/setup';

export interface BenchContext {
  /** null for Node-only sections. */
  browser: Browser | null;
  origin: string;
  /** Runs per page-load figure (--runs). */
  runs: number;
  fx: Fixtures;
}

export interface Section {
  /** Name for --only. */
  key: string;
  label: string;
  /** Needs Chromium and the preview server. */
  browser: boolean;
  run(ctx: BenchContext): Promise<unknown>;
}
