import { getalBron, toonGetal, waardeVan, zoekGetallen } from './beleid/getallen';
import { type D, som } from './geld';
import { nietBeschikbaar, ongeldig } from './fout';
import type { Prestatiesoort } from './prestatiesoort';

/**
 * Share of the corrected herschikte productieafspraak offered as initial volume, per leveringsvorm.
 * CZ GGZ 2023, §6.3: "Wij hanteren hierbij 95% van het volume ZZP, VPT, DTV en 90% van het volume MPT."
 * Logeren, toeslagen and meerzorg are not named there: no factor (docs/contract.md §3 decisions 4 and 9). The
 * factors are data of their source (core/beleid/cz-ggz-2023.ts).
 */
export const VOLUMEFACTOREN: ReadonlyArray<{ soort: Prestatiesoort; factor: D; tekst: string; bron: string }> = zoekGetallen(
  'volumefactor',
  { zorgkantoor: 'CZ', jaar: 2023 },
).flatMap((g) =>
  g.soort && g.eenheid !== 'soorten' ? [{ soort: g.soort, factor: waardeVan(g), tekst: toonGetal(g), bron: getalBron(g) }] : [],
);

/**
 * Initial volume offer (docs/contract.md §3 decision 4): (herschikt + Σ correcties) × factor. The correcties are
 * CZ's signed corrections of the herschikte productieafspraak (kasjaareffecten, niet toegestaan
 * gedeclareerd volume, bestuurlijk overleg, overheidsmaatregelen; CZ GGZ 2023, §6.3). An explicit
 * `factor` overrides the published one; without either → `#N/A`. Volumes are not rounded.
 */
/** "a, b en c". */
function opsomming(woorden: readonly string[]): string {
  return woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} en ${woorden[woorden.length - 1]}` : woorden.join('');
}

export function volumebod(herschikt: D, soort: Prestatiesoort, correcties: readonly D[], factor?: D): D {
  const gecorrigeerd = herschikt.plus(som(correcties));
  if (gecorrigeerd.isNegative()) {
    throw ongeldig(`herschikt plus correcties is ${gecorrigeerd.toString().replace('.', ',')}: een volume kan niet negatief zijn`);
  }
  const toegepast = factor ?? VOLUMEFACTOREN.find((f) => f.soort === soort)?.factor;
  if (!toegepast) {
    throw nietBeschikbaar(
      `geen factor gepubliceerd voor ${soort} (${VOLUMEFACTOREN[0].bron} noemt alleen ${opsomming(VOLUMEFACTOREN.map((f) => f.soort))}); geef de factor op`,
    );
  }
  return gecorrigeerd.times(toegepast);
}
