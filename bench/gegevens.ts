/**
 * Realistic, reproducible input for the bench: declaration lines in whole cents with the tariff
 * percentages zorgkantoren use (95,8 %, 96,25 %, 100 %, …), and NZa tariff components per unit.
 * A fixed-seed generator, so every run (and every machine) measures the same numbers.
 */

/** Tariff percentages as typed in a sheet formatted as %, with their value in millionths. */
export const PERCENTAGES: ReadonlyArray<{ waarde: number; miljoensten: number }> = [
  { waarde: 0.958, miljoensten: 958_000 },
  { waarde: 0.9625, miljoensten: 962_500 },
  { waarde: 1, miljoensten: 1_000_000 },
  { waarde: 0.938, miljoensten: 938_000 },
  { waarde: 0.968, miljoensten: 968_000 },
  { waarde: 0.955, miljoensten: 955_000 },
];

/** mulberry32: a small seeded generator (0 ≤ x < 1). */
export function toeval(zaad: number): () => number {
  let t = zaad >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Declaraties {
  /** One column, as Excel hands a range to a custom function: [[0.958], [1], …]. */
  percentages: number[][];
  bedragen: number[][];
  /** Σ(percentage in millionths × bedrag in cents) and Σ cents, as exact integers. */
  somProducten: bigint;
  somCenten: bigint;
}

/** `n` declaration lines: € 10,00 to € 25.000,00 in whole cents, one of PERCENTAGES each. */
export function declaraties(n: number, zaad = 1): Declaraties {
  const r = toeval(zaad);
  const percentages: number[][] = new Array(n);
  const bedragen: number[][] = new Array(n);
  let somProducten = 0n;
  let somCenten = 0n;
  for (let i = 0; i < n; i++) {
    const p = PERCENTAGES[Math.floor(r() * PERCENTAGES.length)];
    const centen = 1_000 + Math.floor(r() * 2_499_000);
    percentages[i] = [p.waarde];
    // centen / 100 is the double nearest to the typed amount (division is correctly rounded).
    bedragen[i] = [centen / 100];
    somProducten += BigInt(p.miljoensten) * BigInt(centen);
    somCenten += BigInt(centen);
  }
  return { percentages, bedragen, somProducten, somCenten };
}

export interface Tariefregel {
  zorg: number;
  percentage: number;
  nhc: number;
  nic: number;
  /** TARIEF by hand in whole cents: round half up((zorg¢ × p + (nhc¢ + nic¢) × 10⁶) / 10⁶). */
  centen: number;
}

/** `n` NZa tariff lines: zorg € 60–400 per unit, NHC € 0–25, NIC € 0–8, in whole cents. */
export function tariefregels(n: number, zaad = 2): Tariefregel[] {
  const r = toeval(zaad);
  const regels: Tariefregel[] = [];
  for (let i = 0; i < n; i++) {
    const p = PERCENTAGES[Math.floor(r() * PERCENTAGES.length)];
    const zorg = 6_000 + Math.floor(r() * 34_000);
    const nhc = Math.floor(r() * 2_500);
    const nic = Math.floor(r() * 800);
    // Products stay far below 2⁵³, so this integer arithmetic is exact.
    const teller = zorg * p.miljoensten + (nhc + nic) * 1_000_000;
    const centen = Math.floor(teller / 1_000_000) + (teller % 1_000_000 >= 500_000 ? 1 : 0);
    regels.push({ zorg: zorg / 100, percentage: p.waarde, nhc: nhc / 100, nic: nic / 100, centen });
  }
  return regels;
}
