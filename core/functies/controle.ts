import { type Bevinding, controleerRaster, leesAdres, leesControlecontext, maakBeleid } from '../controle';
import { ongeldig } from '../fout';
import { isLeeg, leesBereik } from '../invoer';
import { BELEID, KENMERKEN, VORIG } from './tariefbeleid';
import { parameter, type WlzFunctie } from './soort';

/**
 * The spilled findings table. docs/contract.md §4 names rij, kolom, ernst and bericht; verwacht and gevonden
 * follow as two more columns, so a controller can sort and filter on them in Excel and the task pane
 * shows the same two values (the bericht names them too, so the first four columns stand alone).
 */
const BEVINDINGEN_KOP = ['Rij', 'Kolom', 'Ernst', 'Bericht', 'Verwacht', 'Gevonden'];
const GEEN_BEVINDINGEN = 'Geen bevindingen';

function alsRij(b: Bevinding): Array<number | string> {
  return [b.rij, b.kolom, b.ernst, b.bericht, b.verwacht ?? '', b.gevonden ?? ''];
}

const TABEL = parameter({
  naam: 'tabel',
  uitleg:
    'De tabel met kopregel (Prestatiecode, Volume, Tarief, Bedrag, NZa zorg, NHC, NIC, Tariefpercentage …) en regels; een titel erboven en een totaalregel mogen erbij',
  explanation:
    'The table with its header row (Prestatiecode, Volume, Tarief, Bedrag, NZa components, Tariefpercentage …) and lines; a title above and a total row may be included',
  bereik: true,
  lees: (w, n) => {
    if (isLeeg(w)) throw ongeldig(`${n} ontbreekt`);
    return leesBereik(w, n);
  },
});

/**
 * The policy context: optional, but only all three together make a comparison, so leesControlecontext
 * reads them as one (the CLI's --zorgkantoor, --jaar and --sector too); `lees` hands the cell over.
 */
const contextdeel = (naam: string, uitleg: string, explanation: string) =>
  parameter({ naam, uitleg, explanation, optioneel: true, lees: (w) => w });
const CONTROLE_ZORGKANTOOR = contextdeel(
  'zorgkantoor',
  'Zorgkantoor om de percentages met het beleid te vergelijken, bijvoorbeeld "CZ"; leeg: geen beleidscontrole. Een onvolledige of niet gepubliceerde context geeft één waarschuwing; de andere controles lopen door',
  'Care office to compare percentages with its policy, e.g. "CZ"; empty: no policy check',
);
const CONTROLE_JAAR = contextdeel(
  'jaar',
  'Jaar van de productieafspraak, bijvoorbeeld 2023 (nodig met zorgkantoor)',
  'Year of the agreement, e.g. 2023 (needed with zorgkantoor)',
);
const CONTROLE_SECTOR = contextdeel(
  'sector',
  'Sector: V&V, GZ of GGZ (nodig met zorgkantoor)',
  'Sector: V&V, GZ or GGZ (needed with zorgkantoor)',
);

const CONTROLEER: WlzFunctie = {
  naam: 'CONTROLEER',
  beschrijving:
    'Controleert een productieafspraak: kolommen, volumes, tariefpercentages, tarief uit de NZa-componenten, bedrag = volume × tarief, totaalregel, dubbele prestatiecodes. Per bevinding rij, kolom, ernst, bericht, verwacht en gevonden, of "Geen bevindingen".',
  description:
    'Checks a production agreement: columns, volumes, tariff percentages, tariff from the NZa components, amount = volume × tariff, total row, duplicate codes. Per finding row, column, severity, message, expected and found, or "Geen bevindingen".',
  parameters: [TABEL, CONTROLE_ZORGKANTOOR, CONTROLE_JAAR, CONTROLE_SECTOR, KENMERKEN, VORIG, BELEID],
  resultaat: 'tabel',
  voorbeeld: {
    formule: '=WLZ.CONTROLEER(B3:J6; "CZ"; 2023; "GGZ")',
    uitkomst: 'Geen bevindingen (bij een kloppende tabel; anders per bevinding rij, kolom, ernst, bericht, verwacht en gevonden)',
  },
  // Excel gives the address of `tabel`, so the findings carry the sheet's own row numbers.
  adressenNodig: true,
  bereken: ([tabel, zorgkantoor, jaar, sector, kenmerken, vorig, beleidstabel], aanroep) => {
    const raster = TABEL.lees(tabel);
    const context = leesControlecontext(
      CONTROLE_ZORGKANTOOR.lees(zorgkantoor),
      CONTROLE_JAAR.lees(jaar),
      CONTROLE_SECTOR.lees(sector),
      kenmerken,
      { vorig, eigen: BELEID.lees(beleidstabel) },
    );
    const beleid = context && maakBeleid(context);
    const bevindingen = controleerRaster(raster, leesAdres(aanroep?.adressen?.[0]), beleid);
    return bevindingen.length === 0 ? [[GEEN_BEVINDINGEN]] : [BEVINDINGEN_KOP, ...bevindingen.map(alsRij)];
  },
};

export const controleFuncties: WlzFunctie[] = [CONTROLEER];
