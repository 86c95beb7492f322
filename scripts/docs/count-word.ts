/** Number words for the counts the generated text derives from the list of documents. */
import type { Language } from "../../src/format/locale";

/**
 * How the generated text counts the documents of the list: a word up to ten (6 → "six", "六"), digits
 * above. Chinese counts two things as 两 (两份), not 二.
 */
export function countWord(n: number, locale: Language): string {
  const words = {
    en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    zh: ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"],
  };
  return words[locale][n] ?? String(n);
}
