import { normaliseer } from '../invoer';

/**
 * The columns of a productieafspraak table (docs/contract.md §5) and the headers users write for them. Tables come
 * from many zorgkantoren and providers, each with its own wording and order, so a header is matched on
 * its words, not its position: case, accents, punctuation, units ("€", "in euro", "per dag") and a year
 * ("Volume 2023") do not matter.
 */
export type Kolomsoort =
  | 'prestatiecode'
  | 'omschrijving'
  | 'soort'
  | 'volume'
  | 'nzaZorg'
  | 'nzaNhc'
  | 'nzaNic'
  | 'tariefpercentage'
  | 'percentageNhcNic'
  | 'tarief'
  | 'bedrag';

/** The name a column goes by in messages about a column that is not there. */
export const KOLOMNAAM: Readonly<Record<Kolomsoort, string>> = {
  prestatiecode: 'Prestatiecode',
  omschrijving: 'Omschrijving',
  soort: 'Soort',
  volume: 'Volume',
  nzaZorg: 'NZa zorg',
  nzaNhc: 'NZa NHC',
  nzaNic: 'NZa NIC',
  tariefpercentage: 'Tariefpercentage',
  percentageNhcNic: 'Percentage NHC/NIC',
  tarief: 'Tarief',
  bedrag: 'Bedrag',
};

/** Columns holding numbers; the others hold text (and a total row's label). */
export const GETALKOLOMMEN: readonly Kolomsoort[] = [
  'volume',
  'nzaZorg',
  'nzaNhc',
  'nzaNic',
  'tariefpercentage',
  'percentageNhcNic',
  'tarief',
  'bedrag',
];

/** The columns without which a productieafspraak cannot be checked at all. */
export const VERPLICHT: readonly Kolomsoort[] = ['prestatiecode', 'volume', 'tarief', 'bedrag'];

// Headers as users write them, compared after `sleutel` (so "Prestatie-code" = "prestatiecode"). A bare
// "NZa-tarief" is deliberately absent: it may be the whole NZa tariff including NHC/NIC; under a
// merged "NZa-tarief" group header the sub-headers "Zorg", "NHC", "NIC" name the components.
const SYNONIEMEN: Readonly<Record<Kolomsoort, readonly string[]>> = {
  prestatiecode: [
    'prestatiecode',
    'code',
    'prestatie',
    'productcode',
    'zorgprestatie',
    'zorgprestatiecode',
    'declaratiecode',
    'nza code',
    'prestatiecode nza',
  ],
  omschrijving: [
    'omschrijving',
    'prestatieomschrijving',
    'omschrijving prestatie',
    'beschrijving',
    'naam',
    'prestatienaam',
    'product',
    'zorgproduct',
  ],
  soort: ['soort', 'prestatiesoort', 'leveringsvorm', 'soort prestatie', 'type', 'categorie', 'soort zorg'],
  volume: [
    'volume',
    'aantal',
    'productie',
    'productievolume',
    'volume afspraak',
    'afspraakvolume',
    'volume productieafspraak',
    'aantal dagen',
    'dagen',
    'eenheden',
    'aantal eenheden',
    'aantal prestaties',
    'aantal uren',
    'uren',
    'dagdelen',
    'aantal dagdelen',
    'etmalen',
    'aantal etmalen',
    'aantal trajecten',
    'aantal cliënten dagen',
  ],
  nzaZorg: [
    'nza zorg',
    'zorgcomponent',
    'nza tarief zorg',
    'zorg',
    'component zorg',
    'nza zorgcomponent',
    'nza tarief zorgcomponent',
    'nza maximumtarief zorg',
    'nza maximumtarief zorgcomponent',
    'maximumtarief zorg',
  ],
  nzaNhc: [
    'nza nhc',
    'nhc',
    'huisvestingscomponent',
    'nhc component',
    'nza tarief nhc',
    'normatieve huisvestingscomponent',
    'nza maximumtarief nhc',
    'tarief nhc',
    'nhc tarief',
  ],
  nzaNic: [
    'nza nic',
    'nic',
    'inventariscomponent',
    'nic component',
    'nza tarief nic',
    'normatieve inventariscomponent',
    'nza maximumtarief nic',
    'tarief nic',
    'nic tarief',
  ],
  tariefpercentage: [
    'tariefpercentage',
    'percentage',
    'tarief %',
    'tariefpercentage zorg',
    'percentage zorg',
    'percentage zorgcomponent',
    'procent',
    'perc',
    'tariefperc',
  ],
  percentageNhcNic: ['percentage nhc nic', 'tariefpercentage nhc nic', 'percentage nhc en nic', 'procent nhc nic'],
  tarief: ['tarief', 'prijs', 'eenheidsprijs', 'contracttarief', 'tarief zorgkantoor', 'afspraaktarief'],
  bedrag: [
    'bedrag',
    'totaalbedrag',
    'omzet',
    'totaal bedrag',
    'bedrag totaal',
    'totaal',
    'budget',
    'afspraakbedrag',
    'productiewaarde',
    'waarde',
    'kosten',
    'opbrengst',
    'totale opbrengst',
    'omzet afspraak',
    'bedrag afspraak',
  ],
};

// Words that qualify a header without changing which column it is: units, "afgesproken", "per dag".
const VULWOORDEN = new Set([
  'in',
  'eur',
  'euro',
  'per',
  'eenheid',
  'dag',
  'etmaal',
  'uur',
  'week',
  'maand',
  'jaar',
  'afgesproken',
  'overeengekomen',
  'gecontracteerd',
]);

/** The comparable form of a header: "Tarief (€) 2023" → "tarief", "Tarief %" → "tariefprocent". */
function sleutel(kop: string): string {
  return normaliseer(kop.replace(/%/g, ' procent '))
    .split(/[^a-z0-9]+/)
    .filter((woord) => woord !== '' && !VULWOORDEN.has(woord) && !/^(19|20)\d\d$/.test(woord))
    .join('');
}

const OP_SLEUTEL = new Map<string, Kolomsoort>(
  (Object.keys(SYNONIEMEN) as Kolomsoort[]).flatMap((soort) => SYNONIEMEN[soort].map((s) => [sleutel(s), soort] as const)),
);

/**
 * Which column a header names, or undefined for a header the table model does not use. A unit or
 * abbreviation in parentheses is read both ways: "Tariefpercentage (%)" is a Tariefpercentage,
 * "Normatieve huisvestingscomponent (NHC)" an NHC.
 */
export function herkenKop(kop: string): Kolomsoort | undefined {
  const direct = OP_SLEUTEL.get(sleutel(kop));
  if (direct || !kop.includes('(')) return direct;
  const zonder = OP_SLEUTEL.get(sleutel(kop.replace(/\([^)]*\)/g, ' ')));
  if (zonder) return zonder;
  for (const [, binnen] of kop.matchAll(/\(([^)]*)\)/g)) {
    const soort = OP_SLEUTEL.get(sleutel(binnen));
    if (soort) return soort;
  }
  return undefined;
}

/** A few headers the user could write, for the message about a missing column. */
export function voorbeeldKoppen(soort: Kolomsoort): string {
  return [KOLOMNAAM[soort], ...SYNONIEMEN[soort].slice(1, 3)].map((s) => `"${s}"`).join(', ');
}
