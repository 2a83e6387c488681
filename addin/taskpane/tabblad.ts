import { byId } from './dom';
import { werkKnoppenBij } from './omgeving';

/**
 * One tab of the pane, as the tab registry in taskpane.ts lists it. Only the tab header exists when
 * the page opens; `bouw` fills the tab's panel the first time the tab is shown, so a hidden tab costs
 * nothing at start. A new tab is one module exporting its `bouw` and one line in the registry.
 */
export interface Tabblad {
  /** The address (#id) and the element ids tab-<id> and paneel-<id>. */
  id: string;
  titel: string;
  /** Builds the tab's content into `paneel` (empty, in the page): once, when the tab is first shown. */
  bouw(paneel: HTMLElement): void | Promise<void>;
}

/** For tabs whose markup is in taskpane.html: the content of <template id="sjabloon-<id>"> into `paneel`. */
export function vulUitSjabloon(paneel: HTMLElement, id: string): void {
  paneel.append(byId<HTMLTemplateElement>(`sjabloon-${id}`).content.cloneNode(true));
}

/** Builds a tab's panel if it has not been built yet; its Excel buttons then follow where the pane runs. */
export async function bouwEenmaal(tab: Tabblad): Promise<void> {
  const paneel = byId(`paneel-${tab.id}`);
  if (paneel.dataset.gebouwd) return;
  paneel.dataset.gebouwd = 'ja';
  await tab.bouw(paneel);
  werkKnoppenBij(paneel);
}
