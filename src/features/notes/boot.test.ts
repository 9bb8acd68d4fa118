import { describe, expect, it } from 'vitest';
import { whenAppMayStart } from './boot';
import type { BootGate } from './bootFirstPage';

const after = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('whenAppMayStart: the application waits for the first screen, never for long', () => {
  it.each<[string, (gate: BootGate) => Promise<void>, { startsBefore: number; startsAfter?: number; gateOpen: boolean }]>([
    ['nothing to paint: at once', async () => undefined, { startsBefore: 40, gateOpen: false }],
    ['the paint failed (a chunk, the storage): at once', async () => Promise.reject(new Error('x')), { startsBefore: 40, gateOpen: false }],
    ['the read never comes (a blocked database): after the limit, and nothing is painted later', () => new Promise(() => {}), { startsAfter: 90, startsBefore: 400, gateOpen: false }],
    [
      'painted in time, the page\'s code still coming: once it has, even past the limit',
      async (gate) => {
        gate.painted = true;
        await after(250);
      },
      { startsAfter: 240, startsBefore: 600, gateOpen: false },
    ],
  ])('%s', async (_name, paint, { startsBefore, startsAfter = 0, gateOpen }) => {
    let gate: BootGate | undefined;
    const t0 = performance.now();
    await whenAppMayStart((g) => {
      gate = g;
      return paint(g);
    }, 100);
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(startsAfter);
    expect(took).toBeLessThan(startsBefore);
    expect(gate?.open).toBe(gateOpen);
  });
});
