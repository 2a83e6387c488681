/**
 * Placeholder task pane: says whether it runs inside Excel. The task pane issue replaces this file.
 */
function toonStatus(tekst: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = tekst;
}

if (typeof Office === 'undefined') {
  toonStatus('Office.js is niet geladen; open deze pagina vanuit Excel.');
} else {
  Office.onReady((info) => {
    toonStatus(info.host === Office.HostType.Excel ? 'Verbonden met Excel.' : 'Geopend buiten Excel: de functies werken alleen in Excel.');
  });
}
