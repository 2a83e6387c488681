/**
 * The only error the core throws. `code` is the Excel error a custom function shows; `bericht` is
 * the Dutch message Excel shows beside `#VALUE!` and `#N/A` (docs/contract.md §1 "errors").
 */
export type FoutCode = '#VALUE!' | '#N/A' | '#DIV/0!';

export class WlzFout extends Error {
  constructor(
    readonly code: FoutCode,
    readonly bericht: string,
  ) {
    super(`${code} ${bericht}`);
    this.name = 'WlzFout';
  }
}

/** Bad input: `#VALUE!`. */
export function ongeldig(bericht: string): WlzFout {
  return new WlzFout('#VALUE!', bericht);
}

/** No policy known, or the source does not publish the number: `#N/A`. */
export function nietBeschikbaar(bericht: string): WlzFout {
  return new WlzFout('#N/A', bericht);
}

/** A zero total weight: `#DIV/0!` (docs/contract.md §1: the only use of that error). */
export function deelDoorNul(bericht: string): WlzFout {
  return new WlzFout('#DIV/0!', bericht);
}
