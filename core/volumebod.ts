import { D, som } from './geld';
import { nietBeschikbaar, ongeldig } from './fout';
import type { Prestatiesoort } from './prestatiesoort';

/**
 * Share of the corrected herschikte productieafspraak offered as initial volume, per leveringsvorm.
 * CZ GGZ 2023, §6.3: "Wij hanteren hierbij 95% van het volume ZZP, VPT, DTV en 90% van het volume MPT."
 * Logeren, toeslagen and meerzorg are not named there: no factor (SPEC §3 decisions 4 and 9).
 */
export const VOLUMEFACTOREN: ReadonlyArray<{ soort: Prestatiesoort; factor: D; bron: string }> = [
  { soort: 'ZZP', factor: new D('0.95'), bron: 'CZ GGZ 2023, §6.3' },
  { soort: 'VPT', factor: new D('0.95'), bron: 'CZ GGZ 2023, §6.3' },
  { soort: 'DTV', factor: new D('0.95'), bron: 'CZ GGZ 2023, §6.3' },
  { soort: 'MPT', factor: new D('0.90'), bron: 'CZ GGZ 2023, §6.3' },
];

/**
 * Initial volume offer (SPEC §3 decision 4): (herschikt + Σ correcties) × factor. The correcties are
 * CZ's signed corrections of the herschikte productieafspraak (kasjaareffecten, niet toegestaan
 * gedeclareerd volume, bestuurlijk overleg, overheidsmaatregelen; CZ GGZ 2023, §6.3). An explicit
 * `factor` overrides the published one; without either → `#N/A`. Volumes are not rounded.
 */
export function volumebod(herschikt: D, soort: Prestatiesoort, correcties: readonly D[], factor?: D): D {
  const gecorrigeerd = herschikt.plus(som(correcties));
  if (gecorrigeerd.isNegative()) {
    throw ongeldig(`herschikt plus correcties is ${gecorrigeerd.toString().replace('.', ',')}: een volume kan niet negatief zijn`);
  }
  const toegepast = factor ?? VOLUMEFACTOREN.find((f) => f.soort === soort)?.factor;
  if (!toegepast) {
    throw nietBeschikbaar(`geen factor gepubliceerd voor ${soort} (CZ GGZ 2023, §6.3 noemt alleen ZZP, VPT, DTV en MPT); geef de factor op`);
  }
  return gecorrigeerd.times(toegepast);
}
