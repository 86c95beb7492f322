/**
 * The pane's UI strings in two parts. What the first screen shows (header, views, search, filters, the
 * list: en-first.ts, zh-first.ts) is in taskpane.js, both languages, so the first paint and a language switch
 * never wait. The rest (en.ts, zh.ts) is one chunk, fetched right after the first paint; every view loaded
 * with import() waits for it as well (`withAllStrings`), so code beyond the first screen always finds its
 * strings. A user-visible word of the UI lives in one of these four files.
 */
import { lazyValue } from "../lazy";
import type { RestStrings } from "./en";
import { type FirstStrings, enFirst } from "./en-first";
import type { Locale } from "./locale";
import { zhFirst } from "./zh-first";

export type Strings = FirstStrings & RestStrings;

type Wrapped<T> = T extends string
  ? string
  : T extends (...a: infer A) => string
    ? (...a: A) => string
    : { [K in keyof T]: Wrapped<T[K]> };

/** The pseudo locale: every string of `value` wrapped in ⟦…⟧, functions' results too. */
function wrap<T>(value: T): Wrapped<T> {
  if (typeof value === "string") return `⟦${value}⟧` as Wrapped<T>;
  if (typeof value === "function")
    return ((...args: unknown[]) => `⟦${value(...args)}⟧`) as Wrapped<T>;
  return Object.fromEntries(
    Object.entries(value as object).map(([k, v]) => [k, wrap(v)])
  ) as Wrapped<T>;
}

// Typed whole from the start: until the rest arrives (filled in below) only the first screen reads them.
export const dictionaries: Record<Locale, Strings> = {
  "en-US": { ...enFirst } as Strings,
  "zh-CN": { ...zhFirst } as Strings,
  pseudo: wrap(enFirst) as Strings,
};

/** The strings beyond the first screen, both languages: `load()` fetches them (once) into `dictionaries`. */
export const restOfStrings = lazyValue(() =>
  Promise.all([
    import(/* webpackChunkName: "strings" */ "./en"),
    import(/* webpackChunkName: "strings" */ "./zh"),
  ]).then(([{ en }, { zh }]) => {
    Object.assign(dictionaries["en-US"], en);
    Object.assign(dictionaries["zh-CN"], zh);
    Object.assign(dictionaries.pseudo, wrap(en));
    return dictionaries;
  })
);

/** A view's chunk, resolved once the rest of the strings is in too: what every view loaded by import() uses. */
export const withAllStrings = <T>(chunk: Promise<T>): Promise<T> =>
  Promise.all([chunk, restOfStrings.load()]).then(([loaded]) => loaded);
