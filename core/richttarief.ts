import { type D, alsPercentage } from './geld';
import { nietBeschikbaar, ongeldig } from './fout';
import { richttarieven } from './beleid';
import { bronnenTekst, uitProcent } from './beleid/tekst';
import { SECTOREN, leesSector } from './sector';
import { controleerJaar } from './tariefpercentage';

export interface Richttariefantwoord {
  percentage: D;
  uitleg: string;
  bron: string;
}

/**
 * RICHTTARIEF: the national richttariefpercentage (zorg component, excluding NHC/NIC). Without a
 * sector the year's value is given only when it is the same for all three sectors; otherwise the
 * sector is needed (`#VALUE!` "sector ontbreekt", naming what is known). Unknown: `#N/A`.
 */
export function richttarief(jaar: number, sectorTekst?: string): Richttariefantwoord {
  controleerJaar(jaar);
  const sector = sectorTekst === undefined ? undefined : leesSector(sectorTekst);
  const vanJaar = richttarieven.filter((r) => r.jaar === jaar);
  const bekend = vanJaar.map((r) => `${r.sectoren.join(', ')}: ${alsPercentage(uitProcent(r.procent))}`).join('; ');
  if (vanJaar.length === 0) {
    const jaren = [...new Set(richttarieven.map((r) => r.jaar))].join(', ');
    throw nietBeschikbaar(
      `geen landelijk richttarief voor ${jaar} in de ingebouwde bronnen (bekend: ${jaren}); vul het geldende percentage zelf in`,
    );
  }
  const passend = sector === undefined ? vanJaar : vanJaar.filter((r) => r.sectoren.includes(sector));
  if (sector !== undefined && passend.length === 0) {
    throw nietBeschikbaar(
      `het landelijk richttarief ${jaar} voor ${sector} staat niet in de ingebouwde bronnen (wel ${bekend}); vul het geldende percentage zelf in`,
    );
  }
  const alleSectoren = SECTOREN.every((s) => passend.some((r) => r.sectoren.includes(s)));
  if (sector === undefined && (!alleSectoren || new Set(passend.map((r) => r.procent)).size > 1)) {
    throw ongeldig(`sector ontbreekt: het richttarief ${jaar} is niet voor alle sectoren hetzelfde bekend (${bekend}); geef de sector op`);
  }
  const regel = passend[0];
  const percentage = uitProcent(regel.procent);
  const bron = bronnenTekst([regel.bron]);
  const voor = sector ?? 'alle sectoren';
  return {
    percentage,
    bron,
    uitleg: `${alsPercentage(percentage)}: landelijk richttarief ${jaar} voor ${voor}, zorgcomponent exclusief NHC/NIC (${bron})`,
  };
}
