import type { WlzFunctie } from './soort';

export const controleFuncties: WlzFunctie[] = [];
