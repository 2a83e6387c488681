import type { Sector } from '../sector';
import type { Zorgkantoor } from '../zorgkantoor';
import type { Bron } from './soort';

/**
 * The contracting timetables of the sources (docs/contract.md §3 decision 16), one per zorgkantoor and
 * overeenkomstjaar, each step with its number, date (and time where given), who, description, the
 * source's own wording of the date, and its bron. Dates are ISO text as the source prints them; a
 * year-relative rule (Z&Z: "15 november (t-1)") is stored as the rule, not as a date. A step the
 * source gives no day for ("Begin april 2016") has `datum: null`. Where a source gives one step two
 * dates, both are kept as two entries with the same step number: core/termijn.ts reports the
 * contradiction instead of choosing.
 *
 * Where the source does not number its steps (Z&Z Inkoopkader 2022, ZK V&V 2017) the numbers are ours,
 * in the order of the source's table.
 */

/** A date relative to the overeenkomstjaar t: `jaar` -1 = t-1, 0 = t, 1 = t+1. */
export interface Jaarregel {
  readonly maand: number;
  readonly dag: number;
  readonly jaar: -1 | 0 | 1;
}

export interface Tijdpadstap {
  readonly stap: number;
  /** "2022-10-31", a year-relative rule, or null when the source names no day. */
  readonly datum: string | Jaarregel | null;
  /** Last day of a step that spans days ("7 en 8 juni"). */
  readonly tot?: string;
  /** "12:00", or "16:00–17:00", where the source gives a time. */
  readonly tijd?: string;
  /** Who acts, as the source says; null where the source's table has no such column or cell. */
  readonly wie: string | null;
  readonly omschrijving: string;
  /** The source's own words for the date: "Voor 5 november 2022", "15 november (t-1)". */
  readonly wanneer: string;
  readonly bron: Bron;
}

export interface Tijdpad {
  readonly zorgkantoor: Zorgkantoor;
  /** The overeenkomstjaar (inkoopjaar) the document is for; its steps mostly fall in the year before. */
  readonly jaar: number;
  /** The sectors the document is for. */
  readonly sectoren: readonly Sector[];
  readonly stappen: readonly Tijdpadstap[];
}

// ZK Aanvulling 2023, §6.1 "Voor een overeenkomst voor de Wlz geldt een vaste inkoopprocedure": table
// "Stap / Wie? / Uiterste datum", steps 1–16.
const ZK_2023: Bron = { titel: 'ZK Aanvulling 2023', sectie: '§6.1' };
// CZ GGZ 2023, §7.1 "Tijdpad", Tabel 1 "Wat, wanneer en hoe?" (columns Activiteiten / Planning / Hoe: no
// "wie" column; `wie` only where the activity names it).
const CZ_TABEL_1: Bron = { titel: 'CZ GGZ 2023', sectie: '§7.1, Tabel 1' };
// CZ GGZ 2023, §8.2 "Procedure inschrijving": the budgetformulier "dient voor 15 november 2022 aan de NZa
// te zijn toegezonden" — against "Voor 5 november 2022" in Tabel 1, step 11. (The shared SPEC and bronnen/INDEX.md
// call this passage §3.3.1; in the source it stands under §8.2.)
const CZ_8_2: Bron = { titel: 'CZ GGZ 2023', sectie: '§8.2' };
// Z&Z Inkoopkader 2022, §4.4 "Tijdspad" (Wat / Wie / Wanneer (en waar)), unnumbered.
const ZZ_4_4: Bron = { titel: 'Z&Z Inkoopkader 2022', sectie: '§4.4' };
// ZK V&V 2017, Deel 1 §2.3 "Tijdpad" (Fase / Wie / Datum), unnumbered; ZK = zorgkantoor, ZA = zorgaanbieder.
const ZK_2017: Bron = { titel: 'ZK V&V 2017', sectie: '§2.3' };

const ZORGKANTOOR = 'Zorgkantoor';
const ZORGAANBIEDER = 'Zorgaanbieder';

export const tijdpaden = [
  {
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2023,
    sectoren: ['V&V', 'GZ', 'GGZ'],
    stappen: [
      {
        stap: 1,
        datum: '2022-06-01',
        wie: ZORGKANTOOR,
        omschrijving: 'Bekendmaking van het beleid voor contractering van Wlz zorg 2023',
        wanneer: '1-6-2022',
        bron: ZK_2023,
      },
      {
        stap: 2,
        datum: '2022-06-16',
        tijd: '12:00',
        wie: ZORGAANBIEDER,
        omschrijving: 'Mogelijkheid tot stellen van vragen t.b.v. Nota van Inlichtingen',
        wanneer: '16-6-2022 12:00 uur',
        bron: ZK_2023,
      },
      {
        stap: 3,
        datum: '2022-06-16',
        tijd: '12:00',
        wie: ZORGAANBIEDER,
        omschrijving: 'Vervaltermijn voor aantekenen van bezwaar tegen inkoopbeleid',
        wanneer: '16-6-2022 12:00 uur',
        bron: ZK_2023,
      },
      {
        stap: 4,
        datum: '2022-06-30',
        wie: ZORGKANTOOR,
        omschrijving: 'Publicatie van de Nota van Inlichtingen',
        wanneer: '30-6-2022',
        bron: ZK_2023,
      },
      {
        stap: 5,
        datum: '2022-07-01',
        wie: ZORGKANTOOR,
        omschrijving: 'Openstellen inkoopapplicatie voor inschrijving',
        wanneer: '1-7-2022',
        bron: ZK_2023,
      },
      {
        stap: 6,
        datum: '2022-07-20',
        wie: ZORGAANBIEDER,
        omschrijving: 'Vervaltermijn voor kortgedingprocedure tegen het inkoopbeleid',
        wanneer: '20-7-2022',
        bron: ZK_2023,
      },
      {
        stap: 7,
        datum: '2022-07-29',
        tijd: '17:00',
        wie: ZORGAANBIEDER,
        omschrijving: 'Datum van inschrijving',
        wanneer: '29-7-2022 17.00 uur',
        bron: ZK_2023,
      },
      {
        stap: 8,
        datum: '2022-09-01',
        wie: ZORGKANTOOR,
        omschrijving: 'Terugkoppeling uitkomst van de beoordeling van de inschrijving',
        wanneer: '1-9-2022',
        bron: ZK_2023,
      },
      {
        stap: 9,
        datum: '2022-09-21',
        wie: ZORGAANBIEDER,
        omschrijving:
          'Vervaltermijn voor kortgedingprocedure tegen de uitkomst van de beoordeling van de inschrijving en beroep op de hardheidsclausule',
        wanneer: '21-9-2022',
        bron: ZK_2023,
      },
      {
        stap: 10,
        datum: '2022-10-05',
        wie: 'Zorgkantoor en zorgaanbieder',
        omschrijving: 'Indien van toepassing een gesprek over contractering en voorwaarden',
        wanneer: '5-10-2022',
        bron: ZK_2023,
      },
      {
        stap: 11,
        datum: '2022-10-21',
        wie: ZORGKANTOOR,
        omschrijving:
          'Definitieve terugkoppeling inschrijving. Indien van toepassing toesturen overeenkomst voor ondertekening inclusief tariefpercentage',
        wanneer: '21-10-2022',
        bron: ZK_2023,
      },
      {
        stap: 12,
        datum: '2022-10-31',
        wie: ZORGAANBIEDER,
        omschrijving:
          'Uiterste datum voor indiening budgetformulier 2023 via NZa portaal bij zorgkantoor. Uiterste datum voor akkoord op de overeenkomst via acceptatie in Vecozo',
        wanneer: '31-10-2022',
        bron: ZK_2023,
      },
      {
        stap: 13,
        datum: '2022-11-04',
        wie: ZORGAANBIEDER,
        omschrijving: 'Vervaltermijn voor kortgedingprocedure tegen de definitieve terugkoppeling',
        wanneer: '4-11-2022',
        bron: ZK_2023,
      },
      {
        stap: 14,
        datum: '2022-11-11',
        wie: ZORGKANTOOR,
        omschrijving: 'Controle van ingediende budgetformulieren en doorzetting naar de NZa',
        wanneer: '11-11-2022',
        bron: ZK_2023,
      },
      {
        stap: 15,
        datum: '2022-11-15',
        wie: ZORGKANTOOR,
        omschrijving: 'Definitieve contractering en indiening budgetformulier bij NZa',
        wanneer: '15-11-2022',
        bron: ZK_2023,
      },
      {
        stap: 16,
        datum: '2023-06-01',
        wie: 'Zorgkantoor en zorgaanbieder',
        omschrijving: 'Deadline afspraken in het kader van regionale ontwikkeling',
        wanneer: '1-6-2023',
        bron: ZK_2023,
      },
    ],
  },
  {
    zorgkantoor: 'CZ',
    jaar: 2023,
    sectoren: ['GGZ'],
    stappen: [
      {
        stap: 1,
        datum: '2022-06-01',
        wie: 'CZ zorgkantoor',
        omschrijving:
          'Publicatie zorginkoopdocument, concept-overeenkomst, concept-Bestuursverklaring en concept-Inschrijvingsverklaring 2022 en bijbehorende bijlagen',
        wanneer: '1 juni 2022',
        bron: CZ_TABEL_1,
      },
      {
        stap: 2,
        datum: '2022-06-07',
        tot: '2022-06-08',
        wie: null,
        omschrijving: 'Toelichting op het inkoopinkoopbeleid GGZ',
        wanneer: '7 en 8 juni',
        bron: CZ_TABEL_1,
      },
      {
        stap: 3,
        datum: '2022-06-16',
        tijd: '12:00',
        wie: 'Zorgaanbieders',
        omschrijving: 'Mogelijkheid tot het stellen van vragen over het zorginkoopdocument 2022 en andere gepubliceerde documenten',
        wanneer: 'Uiterlijk 16 juni 2022 tot 12.00 uur',
        bron: CZ_TABEL_1,
      },
      {
        stap: 4,
        datum: '2022-06-30',
        wie: 'CZ zorgkantoor',
        omschrijving:
          'Publicatie Nota van Inlichtingen, definitieve overeenkomst, definitieve Inschrijvingsverklaring en definitieve Bestuursverklaring 2022',
        wanneer: 'Uiterlijk 30 juni 2022',
        bron: CZ_TABEL_1,
      },
      { stap: 5, datum: '2022-06-30', wie: null, omschrijving: 'Opening inschrijving', wanneer: '30 juni 2022', bron: CZ_TABEL_1 },
      {
        stap: 6,
        datum: '2022-07-29',
        tijd: '17:00',
        wie: null,
        omschrijving: 'Sluitingstermijn inschrijving via de digitale inschrijfmodule',
        wanneer: '29 juli 2022 om 17.00 uur',
        bron: CZ_TABEL_1,
      },
      {
        stap: 7,
        datum: '2022-09-01',
        wie: null,
        omschrijving:
          'Verzending bericht of de zorgaanbieder in aanmerking komt voor een overeenkomst, dan wel een aanvullende informatievraag',
        wanneer: 'Uiterlijk 1 september 2022',
        bron: CZ_TABEL_1,
      },
      {
        stap: 8,
        datum: '2022-10-07',
        wie: null,
        omschrijving: 'Aanbieden (indien van toepassing) van de overeenkomst',
        wanneer: 'Uiterlijk 7 oktober 2022',
        bron: CZ_TABEL_1,
      },
      // "initiële budgetafspraak 2022" as printed; the document is about 2023.
      {
        stap: 9,
        datum: '2022-10-07',
        wie: 'Zorgkantoor',
        omschrijving: 'Verzending door zorgkantoor aan zorgaanbieder van de initiële budgetafspraak 2022',
        wanneer: 'Uiterlijk 7 oktober 2022',
        bron: CZ_TABEL_1,
      },
      {
        stap: 10,
        datum: '2022-10-21',
        wie: 'Zorgaanbieders',
        omschrijving: 'Aanlevering (indien van toepassing) door zorgaanbieders van de getekende overeenkomst',
        wanneer: '21 oktober 2022',
        bron: CZ_TABEL_1,
      },
      {
        stap: 11,
        datum: '2022-11-05',
        wie: null,
        omschrijving: 'Indiening initiële budgetafspraak bij NZa',
        wanneer: 'Voor 5 november 2022',
        bron: CZ_TABEL_1,
      },
      {
        stap: 11,
        datum: '2022-11-15',
        wie: 'Zorgkantoor en zorgaanbieder',
        omschrijving: 'Het NZa-budgetformulier, tweezijdig ondertekend door het zorgkantoor en de zorgaanbieder, toezenden aan de NZa',
        wanneer: 'voor 15 november 2022',
        bron: CZ_8_2,
      },
    ],
  },
  {
    zorgkantoor: 'Zorg en Zekerheid',
    jaar: 2022,
    sectoren: ['V&V', 'GZ', 'GGZ'],
    stappen: [
      {
        stap: 1,
        datum: '2021-05-28',
        wie: ZORGKANTOOR,
        omschrijving: 'Publiceren regionaal inkoopkader Wlz 2021-2023',
        wanneer: 'Vrijdag 28 mei 2021, op de website van het zorgkantoor',
        bron: ZZ_4_4,
      },
      {
        stap: 2,
        datum: '2021-06-01',
        tijd: '16:00–17:00',
        wie: ZORGKANTOOR,
        omschrijving: 'Presenteren regionaal inkoopkader Wlz 2021-2023',
        wanneer: 'Dinsdag 1 juni 2021, 16.00 uur tot 17.00 uur',
        bron: ZZ_4_4,
      },
      {
        stap: 3,
        datum: '2021-06-17',
        tijd: '12:00',
        wie: ZORGAANBIEDER,
        omschrijving: 'Indienen van vragen t.b.v. Nota van Inlichtingen',
        wanneer: 'Uiterlijk donderdag 17 juni 2021 tot 12.00 uur, via format',
        bron: ZZ_4_4,
      },
      {
        stap: 4,
        datum: '2021-06-30',
        wie: ZORGKANTOOR,
        omschrijving: 'Publiceren Nota van Inlichtingen',
        wanneer: 'Woensdag 30 juni 2021, op de website van het zorgkantoor',
        bron: ZZ_4_4,
      },
      {
        stap: 5,
        datum: '2021-07-30',
        tijd: '17:00',
        wie: ZORGAANBIEDER,
        omschrijving: 'Inschrijving bestaande en nieuwe zorgaanbieders',
        wanneer: 'Vanaf 1 juli 2021 tot uiterlijk vrijdag 30 juli 2021 17.00 uur, via het Vecozo Zorginkoopportaal',
        bron: ZZ_4_4,
      },
      {
        stap: 6,
        datum: '2021-07-09',
        wie: ZORGKANTOOR,
        omschrijving: 'Bericht naar zorgaanbieders met aanbieder specifiek richttariefpercentage voor 2022',
        wanneer: 'Uiterlijk 9 juli 2021',
        bron: ZZ_4_4,
      },
      {
        stap: 7,
        datum: '2021-10-01',
        wie: 'Zorgkantoor/Zorgaanbieder',
        omschrijving: 'Mogelijkheid tot gesprek over contractering en voorwaarden',
        wanneer: 'Uiterlijk vrijdag 1 oktober 2021 afgerond',
        bron: ZZ_4_4,
      },
      {
        stap: 8,
        datum: '2021-10-22',
        wie: ZORGKANTOOR,
        omschrijving: 'Voorlopige contractering (eenjarige of meerjarige overeenkomst)',
        wanneer: 'Uiterlijk vrijdag 22 oktober 2021',
        bron: ZZ_4_4,
      },
      {
        stap: 9,
        datum: '2021-11-15',
        wie: ZORGKANTOOR,
        omschrijving: 'Definitieve contractering en indiening budgetformulier bij de NZa',
        wanneer: '15 november 2021',
        bron: ZZ_4_4,
      },
      // §3.3 "Budget,- herschikking,- en nacalculatieformulieren": three rules relative to the year t of the overeenkomst.
      {
        stap: 10,
        datum: { maand: 11, dag: 15, jaar: -1 },
        wie: 'Zorgaanbieder en zorgkantoor (tweezijdig)',
        omschrijving: 'Budgetafspraak tweezijdig ingediend in het NZa-portaal',
        wanneer: '15 november (t-1)',
        bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§3.3.1' },
      },
      {
        stap: 11,
        datum: { maand: 11, dag: 1, jaar: 0 },
        wie: 'Zorgaanbieder en zorgkantoor (tweezijdig)',
        omschrijving: 'Herschikkingsafspraak tweezijdig ingediend in het NZa-portaal',
        wanneer: '1 november (in het jaar van de overeenkomst)',
        bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§3.3.2' },
      },
      {
        stap: 12,
        datum: { maand: 5, dag: 31, jaar: 1 },
        wie: 'Zorgaanbieder en zorgkantoor (tweezijdig)',
        omschrijving: 'Nacalculatie tweezijdig ingediend in het NZa-portaal, met een accountantsverklaring bij de gerealiseerde productie',
        wanneer: '31 mei van het volgende jaar (t+1)',
        bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§3.3.3' },
      },
    ],
  },
  {
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2017,
    sectoren: ['V&V'],
    stappen: [
      { stap: 1, datum: null, wie: ZORGKANTOOR, omschrijving: 'Contouren inkoopkader', wanneer: 'Begin april 2016', bron: ZK_2017 },
      {
        stap: 2,
        datum: '2016-06-01',
        wie: ZORGKANTOOR,
        omschrijving: 'Publicatie inkoopkader zorgkantoor',
        wanneer: '1 juni 2016',
        bron: ZK_2017,
      },
      {
        stap: 3,
        datum: '2016-06-21',
        wie: ZORGAANBIEDER,
        omschrijving: 'Indienen van vragen t.b.v. Nota van Inlichtingen',
        wanneer: '21 juni 2016',
        bron: ZK_2017,
      },
      {
        stap: 4,
        datum: '2016-07-01',
        wie: ZORGKANTOOR,
        omschrijving: 'Nota van Inlichtingen beschikbaar stellen',
        wanneer: 'Uiterlijk 1 juli 2016',
        bron: ZK_2017,
      },
      {
        stap: 5,
        datum: '2016-08-01',
        tijd: '17:00',
        wie: ZORGAANBIEDER,
        omschrijving: 'Inschrijving zorgaanbieder (incl. aanlevering zelfanalyse en voorstel ontwikkelplan)',
        wanneer: 'Uiterlijk 1 augustus 2016 17.00 uur',
        bron: ZK_2017,
      },
      // "Na 1 augustus 2016": a start without a day, not a deadline.
      {
        stap: 6,
        datum: null,
        wie: 'Zorgaanbieder en zorgkantoor',
        omschrijving: 'Dialoog zorgaanbieder - zorgkantoor',
        wanneer: 'Na 1 augustus 2016',
        bron: ZK_2017,
      },
      {
        stap: 7,
        datum: '2016-10-10',
        wie: ZORGKANTOOR,
        omschrijving: 'Voorlopige contractering (eenjarige/meerjarige overeenkomst, tariefopslag, etc.)',
        wanneer: 'Uiterlijk 10 oktober 2016',
        bron: ZK_2017,
      },
      {
        stap: 8,
        datum: '2016-11-01',
        wie: ZORGKANTOOR,
        omschrijving: 'Definitieve contractering en indiening budgetformulier bij NZa',
        wanneer: '1 november 2016',
        bron: ZK_2017,
      },
    ],
  },
] as const satisfies readonly Tijdpad[];

/** A bezwaar and kort-geding term as a zorgkantoor states it. */
export interface Bezwaartermijn {
  readonly zorgkantoor: Zorgkantoor;
  readonly jaar: number;
  readonly dagen: number;
  readonly tekst: string;
  readonly bron: Bron;
}

/**
 * The bezwaar and kort-geding terms. ZK Aanvulling 2023 §6.1 agrees without stating it: step 6
 * (20-7-2022) is 20 days after step 4 (30-6-2022), step 9 (21-9-2022) 20 days after step 8 (1-9-2022).
 */
export const bezwaartermijnen = [
  {
    zorgkantoor: 'CZ',
    jaar: 2023,
    dagen: 20,
    tekst:
      'binnen 20 kalenderdagen na publicatie van het document waartegen bezwaar gemaakt wordt; voor bezwaar en kort geding een vervaltermijn',
    bron: { titel: 'CZ GGZ 2023', sectie: '§7.1, voetnoot bij Tabel 1' },
  },
  {
    zorgkantoor: 'Zorg en Zekerheid',
    jaar: 2022,
    dagen: 20,
    tekst: 'uiterlijk op de 20e kalenderdag na publicatie; daarna vervalt ook het instellen van rechtsmiddelen',
    bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§4.5' },
  },
] as const satisfies readonly Bezwaartermijn[];

/** The default of WLZ.BEZWAARTERMIJN: the term both sources state (a test checks they agree). */
export const BEZWAARTERMIJN_DAGEN: number = bezwaartermijnen[0].dagen;
