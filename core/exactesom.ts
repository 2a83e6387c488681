import { D } from './geld';

/**
 * Exact integer sums without a Decimal per cell, for the fast lane of the range functions
 * (GEWOGENGEMIDDELDE, OMZET, STIMULERINGSBUDGET on up to a million lines). A double holds every
 * integer up to 2⁵³ exactly, so whole cents (or cents × millionths) add up exactly in a double as long
 * as the running sum stays below that; it moves into a BigInt before it could pass it.
 */

// Read once: a global lookup per cell is slow in sandboxed hosts (a vm context such as jest's).
const { abs, round } = Math;
const GROOTSTE_VEILIGE = Number.MAX_SAFE_INTEGER;

/** Largest addend (and running sum before a carry) for which double addition stays exact. */
export const EXACT_TOT = 2 ** 52;

export class ExacteSom {
  private klein = 0;
  private groot = 0n;

  /** Adds an integer n with |n| ≤ EXACT_TOT. */
  tel(n: number): void {
    this.klein += n;
    if (this.klein > EXACT_TOT || this.klein < -EXACT_TOT) {
      this.groot += BigInt(this.klein);
      this.klein = 0;
    }
  }

  waarde(): D {
    return new D((this.groot + BigInt(this.klein)).toString());
  }
}

/**
 * x × schaal as a safe integer when x holds exactly that many decimals (1234,56 at schaal 100 →
 * 123456), else NaN. `n / schaal === x` holds exactly when x is the double nearest to the decimal
 * n / schaal, i.e. what the user typed. NaN fails every later comparison, so callers need one bounds check.
 */
export function geschaald(x: number, schaal: number): number {
  const n = round(x * schaal);
  return n / schaal === x && abs(n) <= GROOTSTE_VEILIGE ? n : Number.NaN;
}
