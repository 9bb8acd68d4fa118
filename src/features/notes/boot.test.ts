import { describe, expect, it } from 'vitest';
import { whenAppMayStart } from './boot';
import type { BootGate } from './bootFirstPage';

const after = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('whenAppMayStart: the application waits for the first screen, never for long', () => {
  it.each<[string, (gate: BootGate) => Promise<void>, { startsBefore: number; startsAfter?: number; gateOpen: boolean }]>([
    ['nothing to paint: at once', async () => undefined, { startsBefore: 40, gateOpen: false }],
    ['the paint failed (a chunk, the storage): at once', async () => Promise.reject(new Error('x')), { startsBefore: 40, gateOpen: false }],
    ['the read never comes (a blocked database): after the limit; the gate stays open until the application takes over', () => new Promise(() => {}), { startsAfter: 90, startsBefore: 400, gateOpen: true }],
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
    }, 100).ready;
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(startsAfter);
    expect(took).toBeLessThan(startsBefore);
    expect(gate?.open).toBe(gateOpen);
  });

  it('a read slower than the limit still paints while the application is on its way, never after it takes over', async () => {
    let gate: BootGate | undefined;
    const boot = whenAppMayStart(async (g) => {
      gate = g;
      await after(150);
      if (g.open) g.painted = true; // what paintFirstPage does: it paints only through an open gate
    }, 50);
    await boot.ready;
    expect(gate?.painted).toBe(false);
    await after(200);
    expect(gate?.painted).toBe(true);

    let late: BootGate | undefined;
    const slow = whenAppMayStart(async (g) => {
      late = g;
      await after(150);
      if (g.open) g.painted = true;
    }, 50);
    await slow.ready;
    slow.takeOver();
    expect(late?.open).toBe(false);
    await after(200);
    expect(late?.painted).toBe(false);
  });

  it('takeOver before the limit lets the application start at once and closes the gate', async () => {
    let gate: BootGate | undefined;
    const boot = whenAppMayStart((g) => {
      gate = g;
      return new Promise(() => {});
    }, 10_000);
    const t0 = performance.now();
    boot.takeOver();
    await boot.ready;
    expect(performance.now() - t0).toBeLessThan(100);
    expect(gate?.open).toBe(false);
  });
});
