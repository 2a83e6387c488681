import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/**
 * Draws the add-in's icons (assets/icon-<size>.png): a dark blue rounded square with three white
 * bars and an orange base line — a small bar chart, for "rekenen". Plain RGBA pixels, 4×4
 * supersampled for smooth edges, written as PNG with node's zlib, so no image tool is needed.
 * Run `node lib/scripts/maak-iconen.js` after `npm run build:cli`; the PNGs are committed.
 */
export const ICOONMATEN = [16, 32, 64, 80, 128] as const;

type Kleur = readonly [number, number, number];
const ACHTERGROND: Kleur = [0x15, 0x42, 0x73];
const BALK: Kleur = [0xff, 0xff, 0xff];
const ACCENT: Kleur = [0xe1, 0x70, 0x00];

/** The colour at (x, y) in a 1×1 unit square, or undefined outside the icon. */
function kleurOp(x: number, y: number): Kleur | undefined {
  const straal = 0.18;
  const dx = Math.max(straal - x, 0, x - (1 - straal));
  const dy = Math.max(straal - y, 0, y - (1 - straal));
  if (dx * dx + dy * dy > straal * straal) return undefined;
  const balken: Array<[number, number]> = [
    [0.2, 0.55],
    [0.42, 0.38],
    [0.64, 0.22],
  ];
  for (const [links, boven] of balken) if (x >= links && x < links + 0.16 && y >= boven && y < 0.74) return BALK;
  if (x >= 0.16 && x < 0.84 && y >= 0.78 && y < 0.84) return ACCENT;
  return ACHTERGROND;
}

/** RGBA pixels of one icon, each pixel the average of 4×4 samples. */
export function tekenIcoon(maat: number): Buffer {
  const pixels = Buffer.alloc(maat * maat * 4);
  const n = 4;
  for (let py = 0; py < maat; py += 1) {
    for (let px = 0; px < maat; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let dekking = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const kleur = kleurOp((px + (sx + 0.5) / n) / maat, (py + (sy + 0.5) / n) / maat);
          if (!kleur) continue;
          r += kleur[0];
          g += kleur[1];
          b += kleur[2];
          dekking += 1;
        }
      }
      const i = (py * maat + px) * 4;
      if (dekking > 0) {
        pixels[i] = Math.round(r / dekking);
        pixels[i + 1] = Math.round(g / dekking);
        pixels[i + 2] = Math.round(b / dekking);
        pixels[i + 3] = Math.round((255 * dekking) / (n * n));
      }
    }
  }
  return pixels;
}

const CRC_TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABEL[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function blok(soort: string, inhoud: Buffer): Buffer {
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(inhoud.length);
  const soortEnInhoud = Buffer.concat([Buffer.from(soort, 'ascii'), inhoud]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(soortEnInhoud));
  return Buffer.concat([lengte, soortEnInhoud, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) from RGBA pixels. */
export function alsPng(pixels: Buffer, breedte: number, hoogte: number): Buffer {
  const kop = Buffer.alloc(13);
  kop.writeUInt32BE(breedte, 0);
  kop.writeUInt32BE(hoogte, 4);
  kop[8] = 8; // bits per channel
  kop[9] = 6; // RGBA
  const regels = Buffer.alloc(hoogte * (breedte * 4 + 1));
  for (let y = 0; y < hoogte; y += 1) {
    // Each scanline starts with its filter type: 0 = none.
    pixels.copy(regels, y * (breedte * 4 + 1) + 1, y * breedte * 4, (y + 1) * breedte * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    blok('IHDR', kop),
    blok('IDAT', deflateSync(regels, { level: 9 })),
    blok('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const map = join(__dirname, '..', '..', 'assets');
  mkdirSync(map, { recursive: true });
  for (const maat of ICOONMATEN) {
    writeFileSync(join(map, `icon-${maat}.png`), alsPng(tekenIcoon(maat), maat, maat));
  }
  process.stdout.write(`${ICOONMATEN.length} iconen geschreven in ${map}\n`);
}
