import { Leesfout, beschadigd } from './fout';

/**
 * The zip container of an .xlsx, read from its central directory: names, methods and the declared
 * sizes, so the reader can refuse a bomb before inflating anything and inflate only the parts it
 * needs. Inflating is injected (`Inflate`): zlib in Node, DecompressionStream in a browser.
 */

/**
 * Inflates raw deflate data, producing at most `maxBytes` bytes; more output is an error (the part is
 * larger than its zip entry declares).
 */
export type Inflate = (gecomprimeerd: Uint8Array, maxBytes: number) => Uint8Array | Promise<Uint8Array>;

export interface Zipdeel {
  naam: string;
  /** 0 stored, 8 deflate. */
  methode: number;
  versleuteld: boolean;
  gecomprimeerd: number;
  /** The uncompressed size the central directory declares. */
  grootte: number;
  /** Offset of the local file header. */
  kop: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;

function uint64(dv: DataView, plek: number): number {
  // Sizes beyond 2^53 are not real workbooks; they are refused by the size caps anyway.
  return dv.getUint32(plek, true) + dv.getUint32(plek + 4, true) * 2 ** 32;
}

/** True for bytes that start like a zip (local header or empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
  );
}

/** The entries of the central directory, by name. */
export function leesZipmap(bytes: Uint8Array): Map<string, Zipdeel> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 + 65535 (comment) bytes.
  let eind = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p -= 1) {
    if (dv.getUint32(p, true) === EOCD) {
      eind = p;
      break;
    }
  }
  if (eind < 0) throw beschadigd('zip', 'geen inhoudsopgave (central directory) gevonden; is het bestand volledig gekopieerd?');
  let aantal = dv.getUint16(eind + 10, true);
  let omvang = dv.getUint32(eind + 12, true);
  let begin = dv.getUint32(eind + 16, true);
  if (aantal === 0xffff || omvang === 0xffffffff || begin === 0xffffffff) {
    const locator = eind - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== EOCD64_LOCATOR) throw beschadigd('zip', 'zip64-inhoudsopgave ontbreekt');
    const eind64 = uint64(dv, locator + 8);
    if (eind64 + 56 > bytes.length || dv.getUint32(eind64, true) !== EOCD64) throw beschadigd('zip', 'zip64-inhoudsopgave ongeldig');
    aantal = uint64(dv, eind64 + 32);
    omvang = uint64(dv, eind64 + 40);
    begin = uint64(dv, eind64 + 48);
  }
  if (begin + omvang > bytes.length)
    throw beschadigd('zip', 'de inhoudsopgave wijst buiten het bestand; is het bestand volledig gekopieerd?');
  const delen = new Map<string, Zipdeel>();
  const namen = new TextDecoder('utf-8');
  let p = begin;
  for (let i = 0; i < aantal; i += 1) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAAL)
      throw beschadigd('zip', `inhoudsopgave onleesbaar bij onderdeel ${i + 1}`);
    const vlag = dv.getUint16(p + 8, true);
    const methode = dv.getUint16(p + 10, true);
    let gecomprimeerd = dv.getUint32(p + 20, true);
    let grootte = dv.getUint32(p + 24, true);
    const naamLengte = dv.getUint16(p + 28, true);
    const extraLengte = dv.getUint16(p + 30, true);
    const commentaar = dv.getUint16(p + 32, true);
    let kop = dv.getUint32(p + 42, true);
    const naam = namen.decode(bytes.subarray(p + 46, p + 46 + naamLengte));
    // Zip64 sizes live in the extra field, in this order, only for the fields that overflowed.
    let e = p + 46 + naamLengte;
    const extraEind = e + extraLengte;
    while (e + 4 <= extraEind) {
      const id = dv.getUint16(e, true);
      const lengte = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (grootte === 0xffffffff && q + 8 <= e + 4 + lengte) {
          grootte = uint64(dv, q);
          q += 8;
        }
        if (gecomprimeerd === 0xffffffff && q + 8 <= e + 4 + lengte) {
          gecomprimeerd = uint64(dv, q);
          q += 8;
        }
        if (kop === 0xffffffff && q + 8 <= e + 4 + lengte) kop = uint64(dv, q);
      }
      e += 4 + lengte;
    }
    // A name with a leading slash or backslashes, as some tools write, is the same part.
    delen.set(naam.replace(/\\/g, '/').replace(/^\//, ''), { naam, methode, versleuteld: (vlag & 1) === 1, gecomprimeerd, grootte, kop });
    p = extraEind + commentaar;
  }
  return delen;
}

/** The bytes of one part, inflated to at most its declared size. */
export async function pakUit(bytes: Uint8Array, deel: Zipdeel, inflate: Inflate): Promise<Uint8Array> {
  if (deel.versleuteld) throw new Leesfout('het bestand is met een wachtwoord beveiligd; sla het in Excel zonder wachtwoord op als .xlsx');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (deel.kop + 30 > bytes.length || dv.getUint32(deel.kop, true) !== LOKAAL)
    throw beschadigd(deel.naam, 'onderdeel niet gevonden op de opgegeven plek');
  const start = deel.kop + 30 + dv.getUint16(deel.kop + 26, true) + dv.getUint16(deel.kop + 28, true);
  if (start + deel.gecomprimeerd > bytes.length) throw beschadigd(deel.naam, 'onderdeel loopt door tot voorbij het einde van het bestand');
  const data = bytes.subarray(start, start + deel.gecomprimeerd);
  if (deel.methode === 0) {
    if (deel.gecomprimeerd !== deel.grootte) throw beschadigd(deel.naam, 'opgegeven grootte klopt niet');
    return data;
  }
  if (deel.methode !== 8)
    throw new Leesfout(
      `onderdeel ${deel.naam} is gecomprimeerd met een methode (${deel.methode}) die Excel niet gebruikt; sla het bestand in Excel opnieuw op als .xlsx`,
    );
  let uit: Uint8Array;
  try {
    uit = await inflate(data, deel.grootte);
  } catch (fout) {
    if (fout instanceof Leesfout) throw fout;
    throw beschadigd(deel.naam, 'uitpakken mislukt of het onderdeel is groter dan de inhoudsopgave zegt');
  }
  if (uit.length !== deel.grootte) throw beschadigd(deel.naam, 'uitgepakte grootte wijkt af van de inhoudsopgave');
  return uit;
}
