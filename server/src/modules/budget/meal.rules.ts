// No imports: the web client imports this module as it is (BudgetPage.vue).

/**
 * The rule set's meal words found in a text, compared after NFKC (full-width and half-width
 * forms alike) and case folding: ｹｰﾀﾘﾝｸﾞ, ＬＵＮＣＨ and Lunch all count. Pure, so the client
 * warns with the same function while the secretariat types.
 */
export function mealWordsIn(text: string, words: readonly string[]): string[] {
  const normal = (value: string) => value.normalize('NFKC').toLowerCase();
  const haystack = normal(text);
  return words.filter((word) => haystack.includes(normal(word)));
}
