/**
 * One feature's words in both languages. English must have exactly the keys Japanese has,
 * so a missing translation fails the type check instead of showing a key on screen.
 */
export type Messages = { [key: string]: string | Messages };

export function defineMessages<T extends Messages>(ja: T, en: NoInfer<T>): { ja: T; en: T } {
  return { ja, en };
}
