/*
 * A stand-in for office.js in the browser tests: Office.onReady reports Excel, CustomFunctions records
 * the registrations, and Excel.run works on a small in-memory workbook. It implements only the part of
 * the Excel JavaScript API the task pane uses (addin/taskpane/werkmap.ts), with the API's rule that a
 * property can be read only after it was loaded and synced. The tests inspect `window.__werkmap`.
 */
(function () {
  'use strict';

  // --- The workbook ------------------------------------------------------------------------------

  /** Productieafspraak at B3 (CZ GGZ 2023, as test/../core/controle tests derive it), with Z332's Bedrag mistyped. */
  var TABEL = [
    ['Prestatiecode', 'Omschrijving', 'Soort', 'Volume', 'NZa zorg', 'NZa NHC', 'NZa NIC', 'Tariefpercentage', 'Tarief', 'Bedrag'],
    ['Z331', 'GGZ wonen, begeleiding', 'ZZP', 120, 150, 12.34, 3.21, 0.958, 159.25, 19110],
    ['Z332', 'GGZ wonen, verzorging', 'ZZP', 365, 191.6, 10, 5, 0.958, 198.55, 72407.75],
    ['V101', 'Volledig pakket thuis', 'VPT', 200, 180, 0, 0, 1, 180, 36000],
    ['M201', 'Modulair pakket thuis', 'MPT', 1000.5, 62.35, 0, 0, 0.958, 59.73, 59759.87],
    [null, 'Totaal', null, 1685.5, null, null, null, null, null, 187277.62],
  ];

  function nieuwBlad(naam) {
    return { naam: naam, cellen: {}, grafieken: [], opmaak: {} };
  }

  var productie = nieuwBlad('Productie');
  var werkmap = {
    bladen: [productie],
    selectie: { blad: 'Productie', r1: 5, k1: 4, r2: 5, k2: 4 },
    geselecteerd: [],
    syncs: 0,
  };
  zet(productie, 1, 2, 'Productieafspraak 2023 (voorbeeld)');
  TABEL.forEach(function (rij, r) {
    rij.forEach(function (w, k) {
      if (w !== null) zet(productie, 3 + r, 2 + k, w);
    });
  });

  function zet(blad, r, k, waarde, formule) {
    var sleutel = r + ',' + k;
    if ((waarde === '' || waarde === null || waarde === undefined) && !formule) delete blad.cellen[sleutel];
    else blad.cellen[sleutel] = { waarde: waarde, formule: formule };
  }
  function cel(blad, r, k) {
    return blad.cellen[r + ',' + k];
  }
  function vindBlad(naam) {
    for (var i = 0; i < werkmap.bladen.length; i++)
      if (werkmap.bladen[i].naam.toLowerCase() === String(naam).toLowerCase()) return werkmap.bladen[i];
    return undefined;
  }

  // --- Addresses -----------------------------------------------------------------------------------

  function letters(k) {
    var s = '';
    for (var n = k; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function kolomNummer(l) {
    var n = 0;
    for (var i = 0; i < l.length; i++) n = n * 26 + (l.toUpperCase().charCodeAt(i) - 64);
    return n;
  }
  function bladVerwijzing(naam) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(naam) ? naam : "'" + naam.replace(/'/g, "''") + "'";
  }
  function adres(blad, r1, k1, r2, k2) {
    var a = letters(k1) + r1;
    if (r2 !== r1 || k2 !== k1) a += ':' + letters(k2) + r2;
    return bladVerwijzing(blad.naam) + '!' + a;
  }
  /** "B3", "B3:K8" → rows and columns (no sheet part: ranges are asked of a sheet). */
  function leesCellen(tekst) {
    var m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(tekst);
    if (!m) throw new Error('stub: adres niet begrepen: ' + tekst);
    var r1 = Number(m[2]);
    var k1 = kolomNummer(m[1]);
    return { r1: r1, k1: k1, r2: m[4] ? Number(m[4]) : r1, k2: m[3] ? kolomNummer(m[3]) : k1 };
  }

  // --- Proxy objects: load, then sync, then read ----------------------------------------------------

  var wachtrij = [];
  function proxy(doel, eigenschappen) {
    var geladen = {};
    var gevraagd = {};
    doel.load = function (wat) {
      var onder = [];
      String(wat || '')
        .split(',')
        .forEach(function (p) {
          var delen = p.trim().split('/');
          gevraagd[delen[0]] = true;
          if (delen[1]) onder.push(delen);
        });
      wachtrij.push(function () {
        Object.keys(gevraagd).forEach(function (p) {
          geladen[p] = true;
        });
        // "items/name": the name of every item of a collection.
        onder.forEach(function (delen) {
          doel['_' + delen[0]]().forEach(function (item) {
            item._markeer(delen[1]);
          });
        });
      });
      return doel;
    };
    doel._markeer = function (p) {
      geladen[p] = true;
    };
    eigenschappen.forEach(function (naam) {
      Object.defineProperty(doel, naam, {
        get: function () {
          if (naam !== 'isNullObject' && !geladen[naam]) throw new Error('PropertyNotLoaded: ' + naam + ' (stub: eerst load() en sync())');
          return doel['_' + naam]();
        },
        configurable: true,
      });
    });
    return doel;
  }

  function Bereik(blad, r1, k1, r2, k2, leeg) {
    var b = this;
    proxy(b, ['address', 'cellCount', 'values', 'rowCount', 'columnCount', 'isNullObject']);
    b._isNullObject = function () {
      return Boolean(leeg);
    };
    b._address = function () {
      return adres(blad, r1, k1, r2, k2);
    };
    b._cellCount = function () {
      return (r2 - r1 + 1) * (k2 - k1 + 1);
    };
    b._rowCount = function () {
      return r2 - r1 + 1;
    };
    b._columnCount = function () {
      return k2 - k1 + 1;
    };
    function rooster(veld) {
      var rijen = [];
      for (var r = r1; r <= r2; r++) {
        var rij = [];
        for (var k = k1; k <= k2; k++) {
          var c = cel(blad, r, k);
          rij.push(c ? (veld === 'formule' && c.formule ? c.formule : c.waarde) : '');
        }
        rijen.push(rij);
      }
      return rijen;
    }
    b._values = function () {
      return rooster('waarde');
    };
    b._formulas = function () {
      return rooster('formule');
    };
    Object.defineProperty(b, 'formulas', {
      get: function () {
        return b._formulas();
      },
      set: function (rijen) {
        if (rijen.length !== r2 - r1 + 1 || rijen[0].length !== k2 - k1 + 1)
          throw new Error('stub: formulas heeft niet de maat van ' + b._address());
        rijen.forEach(function (rij, i) {
          rij.forEach(function (w, j) {
            var formule = typeof w === 'string' && w.charAt(0) === '=';
            zet(blad, r1 + i, k1 + j, formule ? '' : w, formule ? w : undefined);
          });
        });
      },
    });
    Object.defineProperty(b, 'numberFormat', {
      set: function (rijen) {
        blad.opmaak[b._address()] = rijen;
      },
    });
    b.worksheet = blad.api;
    b.format = { font: {}, fill: {}, columnWidth: 0, autofitColumns: function () {} };
    b.select = function () {
      werkmap.selectie = { blad: blad.naam, r1: r1, k1: k1, r2: r2, k2: k2 };
      werkmap.geselecteerd.push(b._address());
    };
    b.clear = function () {
      Object.keys(blad.cellen).forEach(function (s) {
        var rk = s.split(',').map(Number);
        if (rk[0] >= r1 && rk[0] <= r2 && rk[1] >= k1 && rk[1] <= k2) delete blad.cellen[s];
      });
    };
    b.getResizedRange = function (dr, dk) {
      return new Bereik(blad, r1, k1, r2 + dr, k2 + dk);
    };
    b.getIntersectionOrNullObject = function (ander) {
      var g = ander._grenzen();
      var nr1 = Math.max(r1, g.r1);
      var nk1 = Math.max(k1, g.k1);
      var nr2 = Math.min(r2, g.r2);
      var nk2 = Math.min(k2, g.k2);
      return nr1 > nr2 || nk1 > nk2 || ander._isNullObject() ? new Bereik(blad, 1, 1, 1, 1, true) : new Bereik(blad, nr1, nk1, nr2, nk2);
    };
    b.getSurroundingRegion = function () {
      // Excel's current region: grow the block while a filled cell touches it (diagonals too).
      var g = { r1: r1, k1: k1, r2: r2, k2: k2 };
      var gegroeid = true;
      while (gegroeid) {
        gegroeid = false;
        Object.keys(blad.cellen).forEach(function (s) {
          var rk = s.split(',').map(Number);
          if (rk[0] >= g.r1 - 1 && rk[0] <= g.r2 + 1 && rk[1] >= g.k1 - 1 && rk[1] <= g.k2 + 1) {
            if (rk[0] < g.r1 || rk[0] > g.r2 || rk[1] < g.k1 || rk[1] > g.k2) {
              g = { r1: Math.min(g.r1, rk[0]), k1: Math.min(g.k1, rk[1]), r2: Math.max(g.r2, rk[0]), k2: Math.max(g.k2, rk[1]) };
              gegroeid = true;
            }
          }
        });
      }
      return new Bereik(blad, g.r1, g.k1, g.r2, g.k2);
    };
    b._grenzen = function () {
      return { r1: r1, k1: k1, r2: r2, k2: k2 };
    };
  }

  function Werkblad(blad) {
    var w = this;
    blad.api = w;
    proxy(w, ['name']);
    w._name = function () {
      return blad.naam;
    };
    w.getRange = function (tekst) {
      if (tekst === undefined) return new Bereik(blad, 1, 1, 1048576, 16384);
      var c = leesCellen(tekst);
      return new Bereik(blad, c.r1, c.k1, c.r2, c.k2);
    };
    w.getRangeByIndexes = function (r, k, h, b) {
      return new Bereik(blad, r + 1, k + 1, r + h, k + b);
    };
    w.getUsedRangeOrNullObject = function () {
      var sleutels = Object.keys(blad.cellen);
      if (sleutels.length === 0) return new Bereik(blad, 1, 1, 1, 1, true);
      var g = null;
      sleutels.forEach(function (s) {
        var rk = s.split(',').map(Number);
        g = g
          ? { r1: Math.min(g.r1, rk[0]), k1: Math.min(g.k1, rk[1]), r2: Math.max(g.r2, rk[0]), k2: Math.max(g.k2, rk[1]) }
          : { r1: rk[0], k1: rk[1], r2: rk[0], k2: rk[1] };
      });
      return new Bereik(blad, g.r1, g.k1, g.r2, g.k2);
    };
    w.activate = function () {
      werkmap.actiefBlad = blad.naam;
    };
    w.charts = {
      add: function (type, bron, reeksen) {
        var grafiek = { type: type, bron: bron._address(), reeksen: reeksen, titel: '', x: '', plaats: [] };
        blad.grafieken.push(grafiek);
        return {
          title: {
            set text(t) {
              grafiek.titel = t;
            },
          },
          legend: {},
          series: {
            getItemAt: function () {
              return {
                setXAxisValues: function (r) {
                  grafiek.x = r._address();
                },
              };
            },
          },
          setPosition: function (van, tot) {
            grafiek.plaats = [van, tot];
          },
        };
      },
    };
  }
  new Werkblad(productie);

  function Context() {
    var bladen = proxy({}, ['items']);
    bladen._items = function () {
      return werkmap.bladen.map(function (b) {
        return b.api;
      });
    };
    bladen.getItem = function (naam) {
      var blad = vindBlad(naam);
      if (!blad) throw new Error('ItemNotFound: ' + naam);
      return blad.api;
    };
    bladen.add = function (naam) {
      if (vindBlad(naam)) throw new Error('stub: blad bestaat al: ' + naam);
      var blad = nieuwBlad(naam);
      werkmap.bladen.push(blad);
      new Werkblad(blad);
      return blad.api;
    };
    var huidig = function () {
      var s = werkmap.selectie;
      return new Bereik(vindBlad(s.blad), s.r1, s.k1, s.r2, s.k2);
    };
    this.workbook = {
      worksheets: bladen,
      getSelectedRange: huidig,
      getActiveCell: function () {
        var s = werkmap.selectie;
        return new Bereik(vindBlad(s.blad), s.r1, s.k1, s.r1, s.k1);
      },
    };
    this.sync = function () {
      werkmap.syncs += 1;
      var taken = wachtrij;
      wachtrij = [];
      taken.forEach(function (t) {
        t();
      });
      return Promise.resolve();
    };
  }

  // --- Office, Excel, CustomFunctions --------------------------------------------------------------

  var geregistreerd = {};
  window.__werkmap = werkmap;
  window.__geregistreerd = geregistreerd;
  /** For the tests: select cells on a sheet as the user would. */
  window.__selecteer = function (blad, tekst) {
    var c = leesCellen(tekst);
    werkmap.selectie = { blad: blad, r1: c.r1, k1: c.k1, r2: c.r2, k2: c.k2 };
  };
  /** For the tests: the cells of a sheet as { "B3": value or formula }. */
  window.__cellen = function (naam) {
    var blad = vindBlad(naam);
    var uit = {};
    if (!blad) return null;
    Object.keys(blad.cellen).forEach(function (s) {
      var rk = s.split(',').map(Number);
      var c = blad.cellen[s];
      uit[letters(rk[1]) + rk[0]] = c.formule || c.waarde;
    });
    return uit;
  };
  /** For the tests: put values on a sheet (created when missing) from a top-left cell. */
  window.__vul = function (naam, linksboven, rijen) {
    var blad = vindBlad(naam);
    if (!blad) {
      blad = nieuwBlad(naam);
      werkmap.bladen.push(blad);
      new Werkblad(blad);
    }
    var c = leesCellen(linksboven);
    rijen.forEach(function (rij, i) {
      rij.forEach(function (w, j) {
        zet(blad, c.r1 + i, c.k1 + j, w);
      });
    });
  };

  window.Office = {
    HostType: { Excel: 'Excel' },
    onReady: function (terug) {
      var info = { host: 'Excel', platform: 'PC' };
      if (terug) terug(info);
      return Promise.resolve(info);
    },
  };
  window.CustomFunctions = {
    associate: function (naam, functie) {
      geregistreerd[naam] = functie;
    },
    Error: function (code, bericht) {
      this.code = code;
      this.message = bericht;
    },
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!' },
  };
  window.Excel = {
    run: function (werk) {
      return Promise.resolve().then(function () {
        return werk(new Context());
      });
    },
  };
})();
