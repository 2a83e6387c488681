import { ExcelFout } from '../addin/functions/excel';
import { WlzFout } from '../core/fout';

/** Runs `f` and returns the error it throws, which must be of the given kind; fails when none is thrown. */
function vang<T>(soort: abstract new (...args: never[]) => T, f: () => unknown): T {
  try {
    f();
  } catch (e) {
    if (e instanceof soort) return e;
    throw e;
  }
  throw new Error('verwachtte een fout, maar er kwam een uitkomst');
}

/** The WlzFout a core call throws. */
export const fout = (f: () => unknown): WlzFout => vang(WlzFout, f);

/** The CustomFunctions error an Excel-facing call throws. */
export const excelFout = (f: () => unknown): ExcelFout => vang(ExcelFout, f);
