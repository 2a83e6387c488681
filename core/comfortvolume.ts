import { standaardUit } from './beleid/getallen';
import type { D } from './geld';

/**
 * Z&Z Inkoopkader 2022, §3.3.1 (crisisafspraken): "Deze afspraken leggen wij met u vast in een
 * comfortbrief. Daarin is het volume gebaseerd op 90% van het volume in de herschikking van het
 * voorgaande jaar." The number is data of its source (core/beleid/zz-inkoopkader-2022.ts).
 */
export const COMFORTBRIEF = standaardUit('comfortbrief', { zorgkantoor: 'Zorg en Zekerheid', jaar: 2022 });

/** Crisis volume in the comfortbrief: percentage × last year's herschikking volume. A volume, so not rounded (as docs/contract.md §3 decision 4). */
export function comfortvolume(herschiktVorigJaar: D, percentage: D): D {
  return herschiktVorigJaar.times(percentage);
}
