import { herschikkingsvolgorden, type Herschikkingsvolgorde } from './beleid/herschikkingsvolgorde';
import { nietBeschikbaar, ongeldig } from './fout';
import { D, rondAfOpCenten, som } from './geld';
import { toon } from './invoer';
import { PRESTATIESOORTEN, zoekPrestatiesoort, type Prestatiesoort } from './prestatiesoort';
import { zoekZorgkantoor } from './zorgkantoor';

/**
 * Herschikking of growth requests within a budget (docs/contract.md §3 decision 14). Classes of soorten are served
 * in order; within a class a budget that does not cover it is shared pro rata to the requests. Amounts
 * are whole cents: each share is rounded down and the cents left over go one each to the largest
 * remainders (ties: the earlier row), so Σ toegekend = min(ruimte, Σ aanvragen) exactly.
 */

/** Priority classes, highest first; soorten not named form one last class. */
export type Klassen = ReadonlyArray<readonly Prestatiesoort[]>;

export interface Aanvraag {
  bedrag: D;
  soort: Prestatiesoort;
}

const HONDERD = new D(100);

/** "MPT > VPT, DTV > ZZP": ">" separates classes, "," joins soorten of one class. */
export function leesVolgordeTekst(tekst: string): Klassen {
  const gezien = new Set<Prestatiesoort>();
  return tekst.split('>').map((deel, k) => {
    const woorden = deel.split(',').map((w) => w.trim());
    if (woorden.every((w) => w === ''))
      throw ongeldig(`volgorde: klasse ${k + 1} van ${toon(tekst)} is leeg; schrijf bijvoorbeeld "MPT > VPT > ZZP"`);
    return woorden.map((woord) => {
      const soort = woord === '' ? undefined : zoekPrestatiesoort(woord);
      if (!soort)
        throw ongeldig(
          `volgorde: ${toon(woord)} is geen soort prestatie; bekend zijn ${PRESTATIESOORTEN.join(', ')} (bijvoorbeeld "MPT > VPT > ZZP")`,
        );
      if (gezien.has(soort)) throw ongeldig(`volgorde: ${soort} staat twee keer in ${toon(tekst)}`);
      gezien.add(soort);
      return soort;
    });
  });
}

/** The published order of a zorgkantoor: the latest year in the policy data. */
export function volgordeVan(zorgkantoor: string): Herschikkingsvolgorde | undefined {
  const naam = zoekZorgkantoor(zorgkantoor);
  const lijst: readonly Herschikkingsvolgorde[] = herschikkingsvolgorden;
  return lijst.filter((v) => v.zorgkantoor === naam).sort((a, b) => b.jaar - a.jaar)[0];
}

export const toonKlassen = (klassen: Klassen) => klassen.map((k) => k.join(', ')).join(' > ');

/**
 * The order to use: empty = one class; a zorgkantoor name = its published order (`#N/A` when the
 * sources publish none); otherwise an explicit order text.
 */
export function kiesVolgorde(tekst: string | undefined): Klassen {
  if (tekst === undefined || tekst.trim() === '') return [];
  const zorgkantoor = zoekZorgkantoor(tekst);
  if (zorgkantoor) {
    const gepubliceerd = volgordeVan(zorgkantoor);
    if (!gepubliceerd) {
      const bekend = herschikkingsvolgorden.map((v) => v.zorgkantoor).join(', ');
      throw nietBeschikbaar(
        `de bronnen noemen geen volgorde voor de herschikking van ${zorgkantoor} (wel voor ${bekend}); geef de volgorde zelf, bijvoorbeeld "MPT > VPT > ZZP", of laat volgorde leeg`,
      );
    }
    return gepubliceerd.klassen;
  }
  return leesVolgordeTekst(tekst);
}

/** Indexes of the requests per class, in order; soorten not named by the order form the last class. */
function verdeelOverKlassen(aanvragen: ReadonlyArray<Aanvraag | undefined>, klassen: Klassen): number[][] {
  const klasseVan = new Map<Prestatiesoort, number>();
  klassen.forEach((k, i) => k.forEach((s) => klasseVan.set(s, i)));
  const groepen: number[][] = Array.from({ length: klassen.length + 1 }, () => []);
  aanvragen.forEach((a, i) => {
    if (a) groepen[klasseVan.get(a.soort) ?? klassen.length].push(i);
  });
  return groepen.filter((g) => g.length > 0);
}

/**
 * Toegekend per request (undefined where there is no request), in euros with whole cents. Requests
 * and ruimte are first rounded to cents; none may be negative.
 */
export function herschik(aanvragen: ReadonlyArray<Aanvraag | undefined>, ruimte: D, klassen: Klassen): Array<D | undefined> {
  if (ruimte.isNegative()) throw ongeldig(`ruimte mag niet negatief zijn (${ruimte.toString().replace('.', ',')})`);
  const centen = aanvragen.map((a) => (a ? rondAfOpCenten(a.bedrag).times(HONDERD) : undefined));
  centen.forEach((c, i) => {
    if (c?.isNegative()) throw ongeldig(`aanvragen (cel ${i + 1}) mag niet negatief zijn (${c.div(HONDERD).toString().replace('.', ',')})`);
  });
  const toegekend: Array<D | undefined> = centen.map((c) => (c ? new D(0) : undefined));
  let over = rondAfOpCenten(ruimte).times(HONDERD);
  for (const groep of verdeelOverKlassen(aanvragen, klassen)) {
    if (over.isZero()) break;
    const vraag = som(groep.map((i) => centen[i] as D));
    if (vraag.lessThanOrEqualTo(over)) {
      for (const i of groep) toegekend[i] = centen[i];
      over = over.minus(vraag);
      continue;
    }
    // Pro rata in whole cents: share = aanvraag × over / vraag, rounded down; remainders exact as integers.
    const delen = groep.map((i) => {
      const teller = (centen[i] as D).times(over);
      return { i, deel: teller.divToInt(vraag), rest: teller.mod(vraag) };
    });
    let resterend = over.minus(som(delen.map((d) => d.deel))).toNumber();
    // Largest remainder first; Array.prototype.sort is stable, so ties keep the earlier row first.
    const opRest = [...delen].sort((a, b) => b.rest.comparedTo(a.rest));
    for (const d of opRest) {
      if (resterend === 0) break;
      d.deel = d.deel.plus(1);
      resterend -= 1;
    }
    for (const d of delen) toegekend[d.i] = d.deel;
    over = new D(0);
  }
  return toegekend.map((c) => c?.div(HONDERD));
}
