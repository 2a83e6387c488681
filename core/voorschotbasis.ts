import { ongeldig } from './fout';
import { D, alsBedrag, rondAfOpCenten } from './geld';

/** The amounts a month may need; an amount not (yet) known is undefined. */
export interface Voorschotbedragen {
  /** Initial agreement valued before the volumekorting. */
  initieelBruto?: D;
  /** Current herschikte productieafspraak. */
  herschikt?: D;
  /** Definitive productieafspraak. */
  definitief?: D;
  /** Expected underproduction on a yearly basis. */
  onderproductie: D;
}

interface Fase {
  van: number;
  tot: number;
  /** Which agreement the advance rests on; named as the Excel parameter, for messages. */
  grondslag: 'initieel_bruto' | 'herschikt' | 'definitief';
  veld: 'initieelBruto' | 'herschikt' | 'definitief';
  omschrijving: string;
  onderproductieAftrekken: boolean;
}

/**
 * CZ GGZ 2023, Bijlage 1, tabel 2 "Methodiek van betalingen": the basis of the monthly advance per
 * period of the boekjaar (months 13–15 are January–March of the next year; the source's
 * "November 2023 t/m maart 2023" is a typo for maart 2024, docs/contract.md §3 decision 6).
 */
const FASEN: readonly Fase[] = [
  {
    van: 1,
    tot: 4,
    grondslag: 'initieel_bruto',
    veld: 'initieelBruto',
    omschrijving: 'de initiële afspraak vóór aftrek van de volumekorting',
    // Tabel 2 subtracts no underproduction in January–April: nothing has been declared yet.
    onderproductieAftrekken: false,
  },
  {
    van: 5,
    tot: 10,
    grondslag: 'herschikt',
    veld: 'herschikt',
    omschrijving: 'de actuele herschikte productieafspraak minus de verwachte onderproductie',
    onderproductieAftrekken: true,
  },
  {
    van: 11,
    tot: 15,
    grondslag: 'definitief',
    veld: 'definitief',
    omschrijving: 'de definitieve productieafspraak minus de verwachte onderproductie',
    onderproductieAftrekken: true,
  },
];

const BRON = 'CZ GGZ 2023, Bijlage 1, tabel 2';

/**
 * The yearly basis of the advance in month `maand` (1–15), rounded to cents (docs/contract.md §3 decision 6,
 * CZ GGZ 2023, Bijlage 1, tabel 2): months 1–4 the initial agreement before volumekorting; 5–10 the
 * current herschikte agreement minus expected underproduction; 11–15 the definitive agreement minus
 * expected underproduction.
 *
 * Only the agreement of the month's period is required, so one formula can fill a 15-row table while
 * the later agreements are still unknown. Underproduction is not subtracted in months 1–4 (the table
 * does not), and it may not exceed the agreement: it is the shortfall on that agreement, so more than
 * the agreement means a wrong input, not a negative advance.
 */
export function voorschotbasis(maand: number, bedragen: Voorschotbedragen): D {
  const fase = FASEN.find((f) => maand >= f.van && maand <= f.tot);
  if (!fase || !Number.isInteger(maand)) throw ongeldig(`maand moet een geheel getal van 1 tot en met 15 zijn, niet ${maand}`);
  const afspraak = bedragen[fase.veld];
  if (afspraak === undefined) {
    throw ongeldig(`${fase.grondslag} ontbreekt: in maand ${maand} is de voorschotbasis ${fase.omschrijving} (${BRON})`);
  }
  if (!fase.onderproductieAftrekken) return rondAfOpCenten(afspraak);
  if (bedragen.onderproductie.greaterThan(afspraak)) {
    throw ongeldig(
      `onderproductie (${alsBedrag(bedragen.onderproductie)}) is groter dan ${fase.grondslag} (${alsBedrag(afspraak)}); ` +
        'de verwachte onderproductie is het tekort op die productieafspraak',
    );
  }
  return rondAfOpCenten(afspraak.minus(bedragen.onderproductie));
}
