import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beschermSleutel, behandel } from '../scripts/start';

/**
 * The request handling of `npm start` (scripts/start.ts) over plain HTTP on 127.0.0.1 (the TLS layer
 * is Node's own): only GET and HEAD, nosniff and CORS on every answer, nothing outside dist/; and the
 * private key made readable by its owner only. Needs dist/ (`npm test` builds first).
 */
let server: Server;
let poort: number;

beforeAll(async () => {
  server = createServer(behandel);
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  poort = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((klaar) => server.close(() => klaar())));

function vraag(
  methode: string,
  pad: string,
): Promise<{ status: number; kop: Record<string, string | string[] | undefined>; tekst: string }> {
  return new Promise((klaar, mislukt) => {
    const r = request({ host: '127.0.0.1', port: poort, method: methode, path: pad }, (antwoord) => {
      const delen: Buffer[] = [];
      antwoord.on('data', (d: Buffer) => delen.push(d));
      antwoord.on('end', () =>
        klaar({ status: antwoord.statusCode ?? 0, kop: antwoord.headers, tekst: Buffer.concat(delen).toString('utf8') }),
      );
    });
    r.on('error', mislukt);
    r.end();
  });
}

describe('npm start: the server', () => {
  it('serves dist/ with its content type, nosniff and CORS', async () => {
    const a = await vraag('GET', '/functions.json');
    expect(a.status).toBe(200);
    expect(a.kop['content-type']).toBe('application/json; charset=utf-8');
    expect(a.kop['x-content-type-options']).toBe('nosniff');
    expect(a.kop['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(a.tekst).functions.length).toBeGreaterThan(10);
    const kop = await vraag('HEAD', '/taskpane.html');
    expect([kop.status, kop.tekst, kop.kop['x-content-type-options']]).toEqual([200, '', 'nosniff']);
  });

  it('answers 405 with Allow for every other method', async () => {
    for (const methode of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const a = await vraag(methode, '/taskpane.html');
      expect({ methode, status: a.status, allow: a.kop.allow, nosniff: a.kop['x-content-type-options'] }).toEqual({
        methode,
        status: 405,
        allow: 'GET, HEAD',
        nosniff: 'nosniff',
      });
      expect(a.tekst).toMatch(/niet toegestaan/);
    }
  });

  it('never serves outside dist/ and survives a malformed path', async () => {
    for (const pad of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%ff',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/bestaat-niet.js',
    ]) {
      const a = await vraag('GET', pad);
      expect({ pad, status: a.status, nosniff: a.kop['x-content-type-options'] }).toEqual({ pad, status: 404, nosniff: 'nosniff' });
    }
  });
});

describe('npm start: the private key', () => {
  const itUnix = process.platform === 'win32' ? it.skip : it;
  itUnix('becomes readable by its owner only, and an already private key stays as it is', () => {
    const map = mkdtempSync(join(tmpdir(), 'wlz-sleutel-'));
    try {
      const sleutel = join(map, 'localhost.key');
      writeFileSync(sleutel, 'geheim');
      chmodSync(sleutel, 0o644);
      expect(beschermSleutel(sleutel)).toBe(true);
      expect(statSync(sleutel).mode & 0o777).toBe(0o600);
      expect(beschermSleutel(sleutel)).toBe(false);
      expect(beschermSleutel(join(map, 'ontbreekt.key'))).toBe(false);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
