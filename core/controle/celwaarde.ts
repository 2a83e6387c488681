import { WlzFout } from '../fout';
import type { D } from '../geld';
import { type Cel, celAlsGetal, leesNietNegatief, leesPercentage, toon } from '../invoer';
import { datumAlsTekst, isDatumcel, isFormuleZonderUitkomst } from '../werkmap/cel';
import type { Kolomsoort } from './kolommen';
import type { Rastercel } from './tabel';

/**
 * Reading one number cell of a productieafspraak line (docs/contract.md §1 conventions, §5 "text in number
 * cells"): what the cell holds, as the checks need it. No finding is made here; the checks decide
 * what to report (core/controle/controles.ts).
 */

export type Getalkolom = Exclude<Kolomsoort, 'prestatiecode' | 'omschrijving' | 'soort'>;

/** A number cell as read. */
export type GelezenGetalcel =
  | { getal: D; alsTekst: boolean }
  | 'leeg'
  /** A formula saved without its result: nothing to check. */
  | { formule: string }
  /** Unusable, with why and the value as found. */
  | { fout: string; gevonden?: string };

type Lezer = (cel: Cel, naam: string) => D;

// docs/contract.md §1: a tariff percentage lies in (0, 1]; 95,8 typed as a number gets the hint to type 95,8%.
const LEZER: Record<Getalkolom, Lezer> = {
  volume: (cel, naam) => leesNietNegatief(cel, naam),
  nzaZorg: (cel, naam) => leesNietNegatief(cel, naam),
  nzaNhc: (cel, naam) => leesNietNegatief(cel, naam),
  nzaNic: (cel, naam) => leesNietNegatief(cel, naam),
  tariefpercentage: (cel, naam) => leesPercentage(cel, naam),
  percentageNhcNic: (cel, naam) => leesPercentage(cel, naam, { nulToegestaan: true }),
  tarief: (cel, naam) => leesNietNegatief(cel, naam),
  bedrag: (cel, naam) => celAlsGetal(cel, naam),
};

/**
 * Columns where 0 is no real value — no NZa tariff has a zorg component of 0, no agreement a tariff
 * percentage of 0 — so a 0 there is read as empty: it is how Excel desktop hands over an empty cell.
 */
const NUL_IS_LEEG: ReadonlySet<Getalkolom> = new Set(['nzaZorg', 'tariefpercentage', 'percentageNhcNic']);

const EXCEL_FOUTWAARDE =
  /^#(N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|WAARDE!|DEEL\/0!|VERW!|NAAM\?|GETAL!|LEEG!|N\/B)$/i;

export function leesGetalcel(ruw: Rastercel, soort: Getalkolom, naam: string): GelezenGetalcel {
  if (isFormuleZonderUitkomst(ruw)) return { formule: ruw.formule };
  if (ruw === null || ruw === undefined || (typeof ruw === 'string' && ruw.trim() === '') || (ruw === 0 && NUL_IS_LEEG.has(soort)))
    return 'leeg';
  if (isDatumcel(ruw)) {
    // A number formatted as a date reads as a date in Excel: 2023 typed in a date cell is 15-7-1905.
    return {
      fout: `${naam}: de cel bevat een datum (${datumAlsTekst(ruw)}), geen getal; controleer de waarde en de celopmaak`,
      gevonden: datumAlsTekst(ruw),
    };
  }
  if (typeof ruw === 'string' && EXCEL_FOUTWAARDE.test(ruw.trim()))
    return { fout: `${naam}: de cel bevat de foutwaarde ${ruw.trim()}`, gevonden: ruw.trim() };
  // Any other object is an error value as a host hands it over (e.g. a CustomFunctions.Error).
  if (typeof ruw === 'object') {
    const code = String((ruw as { code?: unknown }).code ?? '');
    return { fout: `${naam}: de cel bevat een foutwaarde${code ? ` (${code})` : ''}` };
  }
  try {
    return { getal: LEZER[soort](ruw, naam), alsTekst: typeof ruw === 'string' };
  } catch (fout) {
    if (!(fout instanceof WlzFout)) throw fout;
    return { fout: fout.bericht, gevonden: toon(ruw) };
  }
}
