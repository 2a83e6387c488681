import { type D, alsPercentage } from './geld';
import { ongeldig } from './fout';

/**
 * Small percentages (maximale daling 0,5 procentpunt, reserves and stimulus budget 0,2 %) are easily
 * typed without the % sign: "0,5" meant as 0,5 procentpunt arrives as 50 procentpunt and would still
 * pass the (0, 1] check of docs/contract.md §1. Above a sane ceiling such a value is refused with the hint, never
 * used.
 */
export function controleerKleinPercentage(waarde: D, naam: string, grens: D, eenheid: 'procent' | 'procentpunt'): D {
  if (waarde.lessThanOrEqualTo(grens)) return waarde;
  const getoond = waarde.toString().replace('.', ',');
  const inEenheid = (x: D) => alsPercentage(x, 0).replace('%', ` ${eenheid}`);
  throw ongeldig(
    `${naam}: ${getoond} betekent ${inEenheid(waarde)}; typ ${getoond}% voor ${getoond} ${eenheid} (hoogstens ${inEenheid(grens)})`,
  );
}
