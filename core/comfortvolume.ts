import { D } from './geld';

/**
 * Z&Z Inkoopkader 2022, §3.3.1 (crisisafspraken): "Deze afspraken leggen wij met u vast in een
 * comfortbrief. Daarin is het volume gebaseerd op 90% van het volume in de herschikking van het
 * voorgaande jaar."
 */
export const COMFORTBRIEF = { percentage: new D('0.9'), bron: 'Z&Z Inkoopkader 2022, §3.3.1' } as const;

/** Crisis volume in the comfortbrief: percentage × last year's herschikking volume. A volume, so not rounded (as SPEC §3 decision 4). */
export function comfortvolume(herschiktVorigJaar: D, percentage: D): D {
  return herschiktVorigJaar.times(percentage);
}
