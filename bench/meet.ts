import { performance } from 'node:perf_hooks';

/**
 * Timing for `npm run bench`: a case and its baseline run alternately in the same process, after a
 * warm-up (so both are compiled by V8 and neither pays for the other's garbage), and each reports its
 * median: one slow run (a GC pause, another process) does not move a median.
 */

/** One entry of bench/resultaten.json. */
export interface Uitslag {
  naam: string;
  /** What the case measures and what it is compared with. */
  basis: string;
  ms?: number;
  basis_ms?: number;
  ratio?: number;
  kb?: number;
  /** Peak RSS in MB. */
  mb?: number;
  per_s?: number;
  doel: string;
  gehaald: boolean;
  /** Anything a reader needs to weigh the figure (how it was measured, what limits it). */
  toelichting?: string;
}

export interface Meting {
  ms: number;
  basis_ms: number;
  ratio: number;
}

export function mediaan(waarden: number[]): number {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  const midden = gesorteerd.length >> 1;
  return gesorteerd.length % 2 ? gesorteerd[midden] : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2;
}

export function afgerond(ms: number, decimalen = 2): number {
  return Number(ms.toFixed(decimalen));
}

/**
 * One side of a comparison: the timed step, with untimed preparation before it (a fresh engine) and
 * an untimed check after it. A plain function is a step without either.
 */
export type Kant = (() => unknown) | { voor?: () => unknown; stap: () => unknown; na?: () => unknown };

/** A full garbage collection where node runs with --expose-gc (as `npm run bench` does). */
function opruimen(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Milliseconds one (checked) run of a side takes. */
async function draai(kant: Kant): Promise<number> {
  const { voor, stap, na } = typeof kant === 'function' ? { voor: undefined, stap: kant, na: undefined } : kant;
  if (voor) {
    await voor();
    // The preparation's garbage (a whole engine) is collected now, not inside the timed step.
    opruimen();
  }
  const start = performance.now();
  await stap();
  const ms = performance.now() - start;
  // A fast wrong answer is no result: a failed check stops the bench.
  await na?.();
  return ms;
}

/** Medians of `geval` and `basis` over `runs` alternating runs, after `opwarmen` runs of each. */
export async function vergelijk(geval: Kant, basis: Kant, { runs = 7, opwarmen = 2 } = {}): Promise<Meting> {
  for (let i = 0; i < opwarmen; i++) {
    await draai(geval);
    await draai(basis);
  }
  const tijden: number[] = [];
  const basistijden: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order, so neither always runs right after the other's allocations.
    if (i % 2) {
      basistijden.push(await draai(basis));
      tijden.push(await draai(geval));
    } else {
      tijden.push(await draai(geval));
      basistijden.push(await draai(basis));
    }
  }
  const ms = mediaan(tijden);
  const basis_ms = mediaan(basistijden);
  return { ms: afgerond(ms), basis_ms: afgerond(basis_ms), ratio: afgerond(ms / basis_ms) };
}

/** Median milliseconds of `kant` alone (cases measured against a fixed goal, not a baseline). */
export async function meet(kant: Kant, { runs = 5, opwarmen = 1 } = {}): Promise<number> {
  for (let i = 0; i < opwarmen; i++) await draai(kant);
  const tijden: number[] = [];
  for (let i = 0; i < runs; i++) tijden.push(await draai(kant));
  return mediaan(tijden);
}
