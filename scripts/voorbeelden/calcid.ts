/**
 * The calculation engine id the sample workbooks are saved with (`<calcPr calcId="…"/>` in
 * xl/workbook.xml). Excel recalculates every formula on open when a workbook was saved by an older
 * engine than its own ("When you open a workbook that was created in an earlier version of the
 * application, all the formulas in the workbook … are recalculated": the OpenXML calcPr/calcId, as
 * quoted in the DevExpress and Aspose references), and then a WLZ formula without the add-in becomes
 * #NAME?. exceljs 4.4.0 always writes 171027 (Excel 2016); 191029 is the id Excel 2019, 2021 and
 * Microsoft 365 write, so they open the samples with the stored results.
 */
export const EXCEL_CALC_ID = 191029;

// exceljs hard-codes its calcId in this writer (lib/xlsx/xform/book/workbook-calc-properties-xform.js,
// exact version in package.json); its render is replaced once, for every workbook this process writes.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CalcXform = require('exceljs/lib/xlsx/xform/book/workbook-calc-properties-xform') as {
  prototype: {
    render(xml: { leafNode(naam: string, attributen: Record<string, unknown>): void }, model?: { fullCalcOnLoad?: boolean }): void;
  };
};
CalcXform.prototype.render = function render(xml, model) {
  xml.leafNode('calcPr', { calcId: EXCEL_CALC_ID, fullCalcOnLoad: model?.fullCalcOnLoad ? 1 : undefined });
};
