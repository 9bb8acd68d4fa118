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
  /** Runs only when named in --only (too long for every run). */
  optIn?: boolean;
  run(ctx: BenchContext): Promise<unknown>;
}
