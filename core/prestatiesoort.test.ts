import { leesPrestatiesoort, zoekPrestatiesoort } from './prestatiesoort';

describe('prestatiesoort (docs/contract.md §5 Soort)', () => {
  it('reads the kinds case- and space-insensitively', () => {
    expect(zoekPrestatiesoort('zzp')).toBe('ZZP');
    expect(zoekPrestatiesoort(' Mpt ')).toBe('MPT');
    expect(zoekPrestatiesoort('LOGEREN')).toBe('logeren');
    expect(zoekPrestatiesoort('Meerzorg')).toBe('meerzorg');
    expect(zoekPrestatiesoort('ZZP-VV')).toBeUndefined();
  });

  it('names the cell and lists the kinds for a wrong or empty cell', () => {
    expect(() => leesPrestatiesoort('GGZ', 'soort')).toThrow(
      'soort: "GGZ" is geen soort prestatie; kies uit ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg',
    );
    expect(() => leesPrestatiesoort(5, 'soort')).toThrow(/soort: 5 is geen soort prestatie/);
    expect(() => leesPrestatiesoort(null, 'soort')).toThrow('soort ontbreekt');
  });
});
