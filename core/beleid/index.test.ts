import { D } from '../geld';
import { kenmerkenVan } from '../tariefpercentage';
import { KENMERKEN, beleidsregels, richttarieven } from './index';
import { VASTE_IDS, herkenKenmerken } from './kenmerken';

/** The policy data is consistent, so a lookup can never pick between two answers. */
describe('embedded policy data', () => {
  it('has at most one rule per zorgkantoor, year and sector', () => {
    const gezien = new Set<string>();
    for (const beleidsregel of beleidsregels) {
      for (const sector of beleidsregel.sectoren) {
        const sleutel = `${beleidsregel.zorgkantoor} ${beleidsregel.jaar} ${sector}`;
        expect(gezien.has(sleutel)).toBe(false);
        gezien.add(sleutel);
      }
    }
  });

  it('has distinct variants per rule, and opslag or unpublished words never select a variant', () => {
    for (const beleidsregel of beleidsregels) {
      const combinaties = beleidsregel.varianten.map((v) => [...v.kenmerken].sort().join('+'));
      expect(new Set(combinaties).size).toBe(combinaties.length);
      const inVarianten = new Set(beleidsregel.varianten.flatMap((v) => v.kenmerken));
      for (const o of beleidsregel.opslagen ?? []) expect(inVarianten.has(o.kenmerk)).toBe(false);
      for (const n of beleidsregel.nietGepubliceerd ?? []) expect(inVarianten.has(n.kenmerk)).toBe(false);
    }
  });

  it('keeps every percentage in (0, 100] and every base at or below its ceiling', () => {
    for (const beleidsregel of beleidsregels) {
      const plafond = beleidsregel.plafond ? new D(beleidsregel.plafond.procent) : new D(100);
      for (const v of beleidsregel.varianten) {
        if (!('procent' in v.basis)) continue;
        const totaal = (v.aanpassingen ?? []).reduce((s, a) => s.plus(a.procentpunt), new D(v.basis.procent));
        expect(totaal.greaterThan(0) && totaal.lessThanOrEqualTo(plafond)).toBe(true);
      }
    }
    for (const r of richttarieven) expect(new D(r.procent).lessThanOrEqualTo(100)).toBe(true);
  });

  it('cites every value with a short title and section', () => {
    const bronnen = beleidsregels.flatMap((r) => [
      ...r.varianten.map((v) => v.bron),
      ...(r.opslagen ?? []).map((o) => o.bron),
      ...(r.nietGepubliceerd ?? []).map((n) => n.bron),
      ...(r.plafond ? [r.plafond.bron] : []),
    ]);
    const titels = ['ZK Aanvulling 2023', 'Z&Z Inkoopkader 2022', 'CZ GGZ 2023', 'ZK V&V 2017', "Thema's 2024–2026"];
    for (const b of bronnen) {
      expect(titels).toContain(b.titel);
      expect(b.sectie.length).toBeGreaterThan(0);
    }
  });

  it('recognises every word and synonym as its own kenmerk (no synonym belongs to two)', () => {
    for (const id of VASTE_IDS) {
      for (const woord of [KENMERKEN[id].woord, ...KENMERKEN[id].synoniemen]) {
        const { herkend, onbekend } = herkenKenmerken([woord]);
        expect(onbekend).toEqual([]);
        expect(herkend.map((k) => k.id)).toEqual([id]);
      }
    }
  });

  it('uses every kenmerk of the vocabulary in some rule (prestatiesoorten are valid everywhere)', () => {
    const gebruikt = new Set(beleidsregels.flatMap(kenmerkenVan));
    expect(VASTE_IDS.filter((id) => !gebruikt.has(id) && !KENMERKEN[id].prestatiesoort)).toEqual([]);
  });
});
