/**
 * Why a file cannot be read, in Dutch, for the user (`wlz controleer` exit 2, the pane's message).
 * The reader throws nothing else: a library or engine message never reaches the user as it is.
 */
export class Leesfout extends Error {
  constructor(bericht: string) {
    super(bericht);
    this.name = 'Leesfout';
  }
}

/** A workbook part that does not parse: "beschadigd", with the part and the detail on one line. */
export function beschadigd(deel: string, detail: string): Leesfout {
  return new Leesfout(`de Excel-werkmap is beschadigd en kan niet gelezen worden (${deel}: ${detail.replace(/\s+/g, ' ').trim()})`);
}
