import fc from 'fast-check';
import { D, som } from './geld';
import { herschik, kiesVolgorde, leesVolgordeTekst, toonKlassen, volgordeVan, type Aanvraag } from './herschikking';
import type { Prestatiesoort } from './prestatiesoort';
import { fout } from '../test/vang';

const a = (bedrag: string, soort: Prestatiesoort): Aanvraag => ({ bedrag: new D(bedrag), soort });
const verdeel = (aanvragen: Array<Aanvraag | undefined>, ruimte: string, volgorde?: string) =>
  herschik(aanvragen, new D(ruimte), kiesVolgorde(volgorde)).map((d) => d?.toFixed(2));

describe('herschik: hand-derived cases (docs/contract.md §3 decision 14)', () => {
  it('serves the classes in order: Z&Z MPT > VPT > ZZP', () => {
    // 100.000: MPT 60.000 in full, VPT 30.000 in full, ZZP gets the 10.000 left.
    expect(verdeel([a('60000', 'MPT'), a('30000', 'VPT'), a('50000', 'ZZP')], '100000', 'Z&Z')).toEqual([
      '60000.00',
      '30000.00',
      '10000.00',
    ]);
    // 50.000: MPT 60.000 does not fit: MPT gets all 50.000, VPT and ZZP nothing.
    expect(verdeel([a('60000', 'MPT'), a('30000', 'VPT'), a('50000', 'ZZP')], '50000', 'Zorg en Zekerheid')).toEqual([
      '50000.00',
      '0.00',
      '0.00',
    ]);
  });

  it('shares a class pro rata: ZK VPT, MPT > ZZP', () => {
    // VPT 30.000 + MPT 10.000 = 40.000 against 20.000: half each → 15.000 and 5.000; ZZP nothing.
    expect(verdeel([a('30000', 'VPT'), a('10000', 'MPT'), a('5000', 'ZZP')], '20000', 'ZK')).toEqual(['15000.00', '5000.00', '0.00']);
    // CZ VPT > ZZP; MPT is not named: it forms the last class, after ZZP.
    expect(verdeel([a('100', 'MPT'), a('100', 'ZZP'), a('100', 'VPT')], '250', 'CZ')).toEqual(['50.00', '100.00', '100.00']);
  });

  it('gives the leftover cents by largest remainder', () => {
    // 0,02 over 3 × 1,00: 2/3 cent each, floors 0; the 2 cents go to the first two rows (equal remainders: earlier rows).
    expect(verdeel([a('1', 'ZZP'), a('1', 'ZZP'), a('1', 'ZZP')], '0.02')).toEqual(['0.01', '0.01', '0.00']);
    // 2 : 1 of 0,10 = 6,67 : 3,33 cent → floors 6 and 3, remainders 2/3 and 1/3: the cent goes to the first.
    expect(verdeel([a('2', 'VPT'), a('1', 'VPT')], '0.10')).toEqual(['0.07', '0.03']);
    // 1 : 2 of 0,10: remainders 1/3 and 2/3: the cent goes to the second, larger remainder, not the earlier row.
    expect(verdeel([a('1', 'VPT'), a('2', 'VPT')], '0.10')).toEqual(['0.03', '0.07']);
    // 100 over 7 equal requests of 50: 1428,57… cent each: 1428 each, 4 cents left → rows 1–4 (ties: earlier rows).
    expect(
      verdeel(
        Array.from({ length: 7 }, () => a('50', 'ZZP')),
        '100',
      ),
    ).toEqual(['14.29', '14.29', '14.29', '14.29', '14.28', '14.28', '14.28']);
  });

  it('ties go to the earlier row, across a mixed class', () => {
    // 3 × 0,01 of 0,02 with the soorten in one class "VPT, MPT": first two rows get a cent.
    expect(verdeel([a('0.01', 'MPT'), a('0.01', 'VPT'), a('0.01', 'MPT')], '0.02', 'VPT, MPT > ZZP')).toEqual(['0.01', '0.01', '0.00']);
  });

  it('grants every request in full when the budget is above demand; the rest is not handed out', () => {
    const toegekend = verdeel([a('1000', 'ZZP'), a('2500.5', 'MPT')], '1000000', 'Z&Z');
    expect(toegekend).toEqual(['1000.00', '2500.50']);
  });

  it('grants nothing from an empty budget, and skips rows without a request', () => {
    expect(verdeel([a('1000', 'ZZP'), undefined, a('0', 'MPT')], '0')).toEqual(['0.00', undefined, '0.00']);
  });

  it('rounds requests and ruimte to cents first: 0,005 is a cent, 0,004 none', () => {
    expect(verdeel([a('0.005', 'ZZP'), a('0.004', 'ZZP')], '100')).toEqual(['0.01', '0.00']);
    expect(verdeel([a('10', 'ZZP')], '3.335')).toEqual(['3.34']);
  });

  it('refuses a negative request or budget', () => {
    expect(fout(() => verdeel([a('10', 'ZZP'), a('-0.01', 'ZZP')], '5')).bericht).toBe('aanvragen (cel 2) mag niet negatief zijn (-0,01)');
    expect(fout(() => verdeel([a('10', 'ZZP')], '-5')).bericht).toBe('ruimte mag niet negatief zijn (-5)');
  });

  it('Σ toegekend = min(ruimte, Σ aanvragen) exactly, no row above its request, classes strictly in order (property)', () => {
    const soorten: Prestatiesoort[] = ['ZZP', 'VPT', 'MPT', 'DTV'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ centen: fc.integer({ min: 0, max: 10_000_000 }), soort: fc.constantFrom(...soorten) }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.constantFrom(undefined, 'Z&Z', 'CZ', 'ZK', 'DTV > ZZP, VPT'),
        (rijen, ruimteCenten, volgorde) => {
          const aanvragen = rijen.map((r) => ({ bedrag: new D(r.centen).div(100), soort: r.soort }));
          const ruimte = new D(ruimteCenten).div(100);
          const klassen = kiesVolgorde(volgorde);
          const toegekend = herschik(aanvragen, ruimte, klassen) as D[];
          const vraag = som(aanvragen.map((r) => r.bedrag));
          expect(som(toegekend).toFixed(2)).toBe(D.min(ruimte, vraag).toFixed(2));
          toegekend.forEach((t, i) => {
            expect(t.decimalPlaces()).toBeLessThanOrEqual(2);
            expect(t.greaterThan(aanvragen[i].bedrag)).toBe(false);
            expect(t.isNegative()).toBe(false);
          });
          // A later class gets something only when every earlier class got everything.
          const klasse = (s: Prestatiesoort) => {
            const k = klassen.findIndex((c) => c.includes(s));
            return k === -1 ? klassen.length : k;
          };
          aanvragen.forEach((r, i) => {
            if (toegekend[i].isZero()) return;
            aanvragen.forEach((eerder, j) => {
              if (klasse(eerder.soort) < klasse(r.soort)) expect(toegekend[j].equals(eerder.bedrag)).toBe(true);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the order', () => {
  it('reads an explicit text: ">" between classes, "," within one, case- and space-insensitive', () => {
    expect(leesVolgordeTekst('MPT > VPT > ZZP')).toEqual([['MPT'], ['VPT'], ['ZZP']]);
    expect(leesVolgordeTekst(' vpt,mpt>zzp ')).toEqual([['VPT', 'MPT'], ['ZZP']]);
    expect(leesVolgordeTekst('Logeren')).toEqual([['logeren']]);
  });

  it('uses the published orders, each with its bron', () => {
    const metBron = (zorgkantoor: string) => {
      const v = volgordeVan(zorgkantoor)!;
      return `${toonKlassen(kiesVolgorde(zorgkantoor))} (${v.bron.titel}, ${v.bron.sectie})`;
    };
    expect(kiesVolgorde('Z&Z')).toEqual([['MPT'], ['VPT'], ['ZZP']]);
    expect(metBron('Zorg en Zekerheid')).toBe('MPT > VPT > ZZP (Z&Z Inkoopkader 2022, §2.3.2.1, afwegingskader punt 3)');
    expect(metBron('cz')).toBe('VPT > ZZP (CZ GGZ 2023, §6.5)');
    expect(metBron('Zilveren Kruis')).toBe('VPT, MPT > ZZP (ZK V&V 2017, Deel 2 §2.1.4)');
    expect(kiesVolgorde(undefined)).toEqual([]);
    expect(kiesVolgorde('  ')).toEqual([]);
  });

  it('refuses unknown soorten listing the known ones, empty classes and doubles; #N/A for a zorgkantoor without order', () => {
    expect(fout(() => kiesVolgorde('MPT > WLZ > ZZP')).bericht).toBe(
      'volgorde: "WLZ" is geen soort prestatie; bekend zijn ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg (bijvoorbeeld "MPT > VPT > ZZP")',
    );
    expect(fout(() => kiesVolgorde('MPT >> ZZP')).bericht).toBe(
      'volgorde: klasse 2 van "MPT >> ZZP" is leeg; schrijf bijvoorbeeld "MPT > VPT > ZZP"',
    );
    expect(fout(() => kiesVolgorde('MPT, > ZZP')).bericht).toMatch(/^volgorde: "" is geen soort prestatie/);
    expect(fout(() => kiesVolgorde('MPT > mpt')).bericht).toBe('volgorde: MPT staat twee keer in "MPT > mpt"');
    const nb = fout(() => kiesVolgorde('Menzis'));
    expect(nb.code).toBe('#N/A');
    expect(nb.bericht).toMatch(
      /^de bronnen noemen geen volgorde voor de herschikking van Menzis \(wel voor Zorg en Zekerheid, CZ, Zilveren Kruis\)/,
    );
  });
});
