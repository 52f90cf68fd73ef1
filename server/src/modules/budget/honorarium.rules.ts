/**
 * A payee's name as two honoraria are compared on: the same person typed with a full-width
 * space, half-width kana or different case is the same payee (NFKC, no white space, lower case).
 */
export function payeeKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
