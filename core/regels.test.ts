import { D } from './geld';
import { WlzFout } from './fout';
import { type Cel, celAlsGetal } from './invoer';
import { type Regelverwerker, getallenVan, leesKolom, leesOptioneleKolom, verwerkRegels } from './regels';

class Verzamel implements Regelverwerker {
  readonly regels: Array<[number, Cel, Cel, Cel]> = [];

  regel(i: number, hoofd: Cel, naast: Cel, derde: Cel): void {
    this.regels.push([i, hoofd, naast, derde]);
  }
}

describe('regels', () => {
  it('hands over the filled lines with their neighbours, row by row', () => {
    const v = new Verzamel();
    verwerkRegels(
      v,
      leesKolom(
        [
          [1, null],
          [0, ' '],
          ['', 'x'],
        ],
        'a',
      ),
      leesKolom(
        [
          [10, 20],
          [30, 40],
          [50, 60],
        ],
        'b',
      ),
      leesKolom(
        [
          ['p', 'q'],
          ['r', 's'],
          ['t', 'u'],
        ],
        'c',
      ),
    );
    expect(v.regels).toEqual([
      [0, 1, 10, 'p'],
      [5, 'x', 60, 'u'],
    ]);
  });

  it('reads a single value as a 1×1 range and an empty one as missing', () => {
    const v = new Verzamel();
    verwerkRegels(v, leesKolom(7, 'a'));
    expect(v.regels).toEqual([[0, 7, undefined, undefined]]);
    expect(() => leesKolom(null, 'volumes')).toThrow('volumes ontbreekt');
    expect(() => leesKolom([[null], ['']], 'volumes')).toThrow('volumes ontbreekt');
    expect(leesOptioneleKolom(undefined, 'meetellen')).toBeUndefined();
    expect(leesOptioneleKolom([[null]], 'meetellen')).toBeUndefined();
  });

  it('checks each row as it reaches it', () => {
    const rijen: Cel[][] = Array.from({ length: 1000 }, () => [1]);
    rijen[999] = [1, 2];
    expect(() => verwerkRegels(new Verzamel(), leesKolom(rijen, 'a'))).toThrow('a: alle rijen van het bereik moeten even lang zijn');
    const naast: Cel[][] = Array.from({ length: 1000 }, () => [1]);
    (naast as unknown[])[500] = 'geen rij';
    expect(() =>
      verwerkRegels(
        new Verzamel(),
        leesKolom(
          Array.from({ length: 1000 }, () => [1]),
          'a',
        ),
        leesKolom(naast, 'b'),
      ),
    ).toThrow(WlzFout);
    expect(() => leesKolom([[]], 'a')).toThrow('a ontbreekt');
    expect(() => verwerkRegels(new Verzamel(), leesKolom([[1], []], 'a'))).toThrow('a: alle rijen van het bereik moeten even lang zijn');
  });

  it('reads the numbers of one range with their cell names', () => {
    expect(
      getallenVan(
        leesKolom(
          [
            [5, null],
            ['-2,5', 0],
          ],
          'correcties',
        ),
        celAlsGetal,
      ),
    ).toEqual([new D(5), new D('-2.5')]);
    expect(() => getallenVan(leesKolom([[5], [true]], 'correcties'), celAlsGetal)).toThrow(
      'correcties (cel 2) moet een getal zijn, geen WAAR',
    );
  });
});
