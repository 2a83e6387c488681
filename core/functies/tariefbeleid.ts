import { type EigenBeleid, leesEigenBeleid } from '../beleid/eigen-beleid';
import { kenmerkenUit } from '../beleid/kenmerken';
import { ongeldig } from '../fout';
import { isBereik, isLeeg, leesGeheel, leesPercentage, leesTekst, type Argument } from '../invoer';
import { richttarief } from '../richttarief';
import { tariefpercentage, type Beleidsvraag } from '../tariefpercentage';
import { vergelijk } from '../vergelijk';
import { alsGetal, parameter, type WlzFunctie } from './soort';

/** Years the embedded sources could ever cover; anything else is a typo. */
const EERSTE_JAAR = 2000;
const LAATSTE_JAAR = 2100;

const ZORGKANTOOR = parameter({
  naam: 'zorgkantoor',
  uitleg: 'Zorgkantoor: Zilveren Kruis (ZK), VGZ, Menzis, CZ, Salland, DSW of Zorg en Zekerheid (Z&Z, ZenZ)',
  explanation: 'Care office: Zilveren Kruis (ZK), VGZ, Menzis, CZ, Salland, DSW or Zorg en Zekerheid (Z&Z, ZenZ)',
  lees: (w, n) => leesTekst(w, n),
});
const JAAR = parameter({
  naam: 'jaar',
  uitleg: 'Inkoopjaar, bijvoorbeeld 2024',
  explanation: 'Contracting year, e.g. 2024',
  lees: (w, n) => leesGeheel(w, n, EERSTE_JAAR, LAATSTE_JAAR),
});
const SECTOREN = { uitleg: 'Sector: V&V (of VV), GZ of GGZ', explanation: 'Sector: V&V (or VV), GZ or GGZ' };
const SECTOR = parameter({ naam: 'sector', ...SECTOREN, lees: (w, n) => leesTekst(w, n) });
/** RICHTTARIEF: a sector only where the guide percentage differs per sector. */
const SECTOR_OF_ALLE = parameter({
  naam: 'sector',
  uitleg: `${SECTOREN.uitleg}. Leeg: alle sectoren`,
  explanation: `${SECTOREN.explanation}. Empty: all sectors`,
  optioneel: true,
  lees: (w, n) => (isLeeg(w) ? undefined : leesTekst(w, n)),
});
export const KENMERKEN = parameter({
  naam: 'kenmerken',
  uitleg:
    'Kenmerken als tekst (komma of puntkomma ertussen) of bereik, bijvoorbeeld "nieuw", "geïntegreerd", "beschermd wonen", "werkgeversopslag", "monitor hoger"; een prestatiesoort (ZZP, VPT, MPT …) mag altijd. Leeg: bestaande aanbieder zonder opslagen',
  explanation:
    'Provider features as text (comma or semicolon between) or a range, e.g. "nieuw", "geïntegreerd", "beschermd wonen", "technologie", "monitor hoger"; a kind of service (ZZP, VPT, MPT …) is always accepted. Empty: existing provider without surcharges',
  optioneel: true,
  bereik: true,
  lees: (w, n) => kenmerkenUit(w, n),
});

// A table filled down 10.000 rows hands over the same WLZ_beleid range on every call: it is read once
// per distinct content (the lookup cache in core/tariefpercentage then keys on that one reading).
const GELEZEN_TABELLEN = new Map<string, EigenBeleid>();
const GROOTSTE_TABELCACHE = 20;

/** The user's policy table (docs/contract.md §3 decision 15) from a range; empty: the embedded policy alone. */
export function leesBeleidstabel(waarde: Argument, naam: string): EigenBeleid | undefined {
  if (isLeeg(waarde)) return undefined;
  if (!isBereik(waarde))
    throw ongeldig(
      `${naam} moet een bereik zijn met een kopregel (Zorgkantoor, Jaar, Sector, Percentage, Bron …), bijvoorbeeld WLZ_beleid[#Alles]`,
    );
  const sleutel = JSON.stringify(waarde);
  let eigen = GELEZEN_TABELLEN.get(sleutel);
  if (!eigen) {
    eigen = leesEigenBeleid(waarde, naam);
    if (GELEZEN_TABELLEN.size >= GROOTSTE_TABELCACHE) GELEZEN_TABELLEN.clear();
    GELEZEN_TABELLEN.set(sleutel, eigen);
  }
  return eigen;
}

export const BELEID = parameter({
  naam: 'beleid',
  uitleg:
    'Optioneel: uw eigen beleidstabel met kopregel (Zorgkantoor, Jaar, Sector, Kenmerken, Percentage, Percentage NHC/NIC, Maximum, Bron), bijvoorbeeld WLZ_beleid[#Alles]; die regels vervangen het ingebouwde beleid voor hun zorgkantoor, jaar en sector',
  explanation:
    'Optional: your own policy table, a range with header (Zorgkantoor, Jaar, Sector, Kenmerken, Percentage, Percentage NHC/NIC, Maximum, Bron), e.g. WLZ_beleid[#Alles]; its rows replace the embedded policy for their care office, year and sector',
  optioneel: true,
  bereik: true,
  lees: (waarde, naam) => leesBeleidstabel(waarde, naam),
});

export const VORIG = parameter({
  naam: 'vorig_percentage',
  uitleg:
    'Eigen tariefpercentage van het vorige jaar; alleen nodig waar het beleid daarvan uitgaat (DSW 2024: eigen percentage 2023 plus de monitorstap)',
  explanation:
    "The provider's own tariff percentage of the previous year; only where the policy starts from it (DSW 2024: own 2023 percentage plus the monitor step)",
  optioneel: true,
  lees: (waarde, naam) => (isLeeg(waarde) ? undefined : leesPercentage(waarde, naam)),
});

/** The lookup question from Excel values (TARIEFPERCENTAGE and BRON take the same arguments). */
function vraagUit([zorgkantoor, jaar, sector, kenmerken, vorig, beleid]: Argument[]): Beleidsvraag {
  return {
    zorgkantoor: ZORGKANTOOR.lees(zorgkantoor),
    jaar: JAAR.lees(jaar),
    sector: SECTOR.lees(sector),
    kenmerken: KENMERKEN.lees(kenmerken),
    vorigPercentage: VORIG.lees(vorig),
    eigen: BELEID.lees(beleid),
  };
}

const TARIEFPERCENTAGE: WlzFunctie = {
  naam: 'TARIEFPERCENTAGE',
  beschrijving:
    'Tariefpercentage (zorgcomponent) volgens het beleid van het zorgkantoor voor jaar, sector en kenmerken, uit de ingebouwde inkoopdocumenten of uw eigen beleidstabel. #N/B als de bron geen getal publiceert: vul dan het afgesproken percentage in.',
  description:
    "Tariff percentage (care component) under the care office's policy for the year, sector and provider features, from the embedded procurement documents. #N/A when the source publishes no number: enter the agreed percentage.",
  parameters: [ZORGKANTOOR, JAAR, SECTOR, KENMERKEN, VORIG, BELEID],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.TARIEFPERCENTAGE("Zilveren Kruis"; 2023; "GGZ"; "geïntegreerd")', uitkomst: '96,8%' },
  bereken: (args) => alsGetal(tariefpercentage(vraagUit(args)).percentage),
};

const RICHTTARIEF: WlzFunctie = {
  naam: 'RICHTTARIEF',
  beschrijving:
    'Landelijk richttariefpercentage voor de zorgcomponent (exclusief NHC/NIC). Zonder sector alleen als het percentage voor alle sectoren gelijk is; anders de sector opgeven.',
  description:
    'National guide tariff percentage for the care component (excluding NHC/NIC). Without a sector only when it is the same for all sectors; otherwise give the sector.',
  parameters: [JAAR, SECTOR_OF_ALLE],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.RICHTTARIEF(2024; "V&V")', uitkomst: '95,5%' },
  bereken: ([jaar, sector]) => {
    const gelezenJaar = JAAR.lees(jaar);
    return alsGetal(richttarief(gelezenJaar, SECTOR_OF_ALLE.lees(sector)).percentage);
  },
};

const BRON: WlzFunctie = {
  naam: 'BRON',
  beschrijving:
    'Dezelfde opzoeking als WLZ.TARIEFPERCENTAGE, uitgelegd in één zin met de bron (document en paragraaf, of de Bron-tekst uit uw beleidstabel).',
  description: 'The same lookup as WLZ.TARIEFPERCENTAGE, explained in one Dutch sentence with its source (document and section).',
  parameters: [ZORGKANTOOR, JAAR, SECTOR, KENMERKEN, VORIG, BELEID],
  resultaat: 'tekst',
  voorbeeld: {
    formule: '=WLZ.BRON("ZK"; 2023; "GGZ"; "geïntegreerd")',
    uitkomst: '96,8% = richttarief 95,8% + 1,0 procentpunt geïntegreerde zorgaanbieder (ZK Aanvulling 2023, hoofdstuk 2)',
  },
  bereken: (args) => tariefpercentage(vraagUit(args)).uitleg,
};

const VERGELIJK: WlzFunctie = {
  naam: 'VERGELIJK',
  beschrijving:
    'Tabel met per zorgkantoor het tariefpercentage voor jaar, sector en kenmerken, met toelichting en bron; de toelichting noemt kenmerken die daar niet gelden. Percentage leeg: niet gepubliceerd of afhankelijk van de aanbieder.',
  description:
    'Table with the tariff percentage per care office for the year, sector and features, with explanation and source; the explanation names features that do not apply there. Empty percentage: not published or provider-specific.',
  parameters: [JAAR, SECTOR, KENMERKEN, BELEID],
  resultaat: 'tabel',
  voorbeeld: {
    formule: '=WLZ.VERGELIJK(2024; "V&V"; "nieuw")',
    uitkomst:
      'Zorgkantoor | Percentage | Toelichting; zeven rijen, o.a. Menzis 93,5%, CZ 93,5%, DSW 91,0%; Zilveren Kruis leeg (lager, niet gepubliceerd)',
  },
  bereken: ([jaar, sector, kenmerken, beleid]) => {
    const rijen = vergelijk(JAAR.lees(jaar), SECTOR.lees(sector), KENMERKEN.lees(kenmerken), BELEID.lees(beleid));
    return [
      ['Zorgkantoor', 'Percentage', 'Toelichting'],
      ...rijen.map((r) => [r.zorgkantoor, r.percentage ? alsGetal(r.percentage) : '', r.toelichting]),
    ];
  },
};

export const beleidFuncties: WlzFunctie[] = [TARIEFPERCENTAGE, RICHTTARIEF, BRON, VERGELIJK];
