/**
 * docs/native-formulas.md's worked examples: one per formula shape (every factory of src/engine/shapes with
 * an Excel twin, and the R&D shape constant), each the first clause function built on that shape, its first
 * worked example laid out as cells and the formula nativeFormula writes over them, with the example's
 * arithmetic from the policy text. `npm run docs` rewrites the section between two marker lines; the docs
 * test fails when it is stale, and test/docs/native-formulas.test.ts evaluates each formula.
 */
import type { DocumentedFunction, ShapeRef } from "../../src/catalog/types";
import * as shapes from "../../src/engine/shapes";
import { columnName } from "../../src/format/a1";
import { grouped } from "../../src/format/money";
import { nativeFormula } from "../../src/native";
import { mdCell } from "./escape";
import { catalogSource, type DocsSource } from "./source";

export const NATIVE_EXAMPLES_BEGINS =
  "<!-- Generated from the catalog by `npm run docs` (scripts/docs/native-examples.ts): do not edit down to the end marker. -->";
export const NATIVE_EXAMPLES_ENDS = "<!-- End of the generated examples. -->";

/** One cell of an example: its address, the parameter it holds and its value. */
export interface ExampleCell {
  address: string;
  param: string;
  value: number | string | boolean;
}

export interface NativeExample {
  shape: string;
  fn: DocumentedFunction;
  clauseId: string;
  cells: ExampleCell[];
  formula: string;
  expect: number;
  arithmetic: string;
}

/** Whether `shape` is made by `factory` (or is the constant `factory`), at the top or inside a composed one. */
function madeBy(shape: ShapeRef | undefined, factory: unknown, top: boolean): boolean {
  if (!shape) return false;
  if (shape === factory || shape.spec?.factory === factory) return true;
  if (top) return false;
  return (shape.spec?.args ?? []).some(
    (a) => typeof a === "function" && madeBy(a as ShapeRef, factory, false)
  );
}

/** The example's arguments as cells of row 2 from column A (a range: one cell per item, in a row). */
function layOut(fn: DocumentedFunction, args: readonly unknown[]) {
  const cells: ExampleCell[] = [];
  let col = 0;
  const refs = fn.params.map((p, i) => {
    const v = args[i];
    if (v === undefined || v === null) return undefined;
    const values = (Array.isArray(v) ? v.flat() : [v]) as ExampleCell["value"][];
    const first = col;
    for (const value of values)
      cells.push({ address: `${columnName(col++)}2`, param: p.name, value });
    const last = col - 1;
    return p.kind === "amounts"
      ? `${columnName(first)}2:${columnName(last)}2`
      : `${columnName(first)}2`;
  });
  return { cells, refs };
}

/** A function's first worked example with an award, one that gives an argument if it has one. */
function exampleOf(fn: DocumentedFunction) {
  const awards = fn.examples.filter((e) => typeof e.expect === "number");
  return awards.find((e) => e.args.some((a) => a !== undefined && a !== null)) ?? awards[0];
}

/** The example of each shape, in src/engine/shapes' export order. */
export function nativeExamples(src: DocsSource = catalogSource): NativeExample[] {
  const fns = src.clauses.filter((c) => c.fn).map((c) => ({ clauseId: c.id, fn: c.fn! }));
  return Object.entries(shapes)
    .filter(([, factory]) => fns.some(({ fn }) => madeBy(fn.shape, factory, false)))
    .map(([shape, factory]) => {
      // A function whose own shape it is, else one that composes it.
      const at = (top: boolean) =>
        fns.find(({ fn }) => madeBy(fn.shape, factory, top) && exampleOf(fn));
      const { clauseId, fn } = at(true) ?? at(false)!;
      const example = exampleOf(fn)!;
      const { cells, refs } = layOut(fn, example.args);
      return {
        shape,
        fn,
        clauseId,
        cells,
        formula: nativeFormula(fn.name, refs),
        expect: example.expect as number,
        arithmetic: example.arithmetic,
      };
    });
}

const shown = (v: ExampleCell["value"]): string =>
  typeof v === "string" ? `"${v}"` : typeof v === "boolean" ? String(v).toUpperCase() : String(v);

function exampleLines(e: NativeExample): string[] {
  return [
    `### ${e.shape} — ${e.fn.name} (${e.clauseId})`,
    "",
    ...(e.cells.length
      ? [
          "| Cell | Parameter | Value |",
          "|---|---|---|",
          ...e.cells.map((c) => `| ${c.address} | ${c.param} | ${mdCell(shown(c.value))} |`),
        ]
      : ["No arguments: the constant itself."]),
    "",
    "```",
    e.formula,
    "```",
    "",
    `Gives ${grouped(e.expect)}: ${mdCell(e.arithmetic)}`,
    "",
  ];
}

/** The generated lines between the markers. */
export function nativeExamplesSection(src: DocsSource = catalogSource): string[] {
  return ["", ...nativeExamples(src).flatMap(exampleLines)];
}

/** `doc` (docs/native-formulas.md) with its generated examples rewritten. */
export function withNativeExamples(doc: string, src: DocsSource = catalogSource): string {
  const begin = doc.indexOf(`${NATIVE_EXAMPLES_BEGINS}\n`);
  const end = doc.indexOf(`\n${NATIVE_EXAMPLES_ENDS}`);
  if (begin < 0 || end < begin)
    throw new Error("docs: native-formulas.md lacks the marker lines of its generated examples");
  const head = doc.slice(0, begin + NATIVE_EXAMPLES_BEGINS.length + 1);
  return `${head}${nativeExamplesSection(src).join("\n")}${doc.slice(end)}`;
}
