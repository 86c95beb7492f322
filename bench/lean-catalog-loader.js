/**
 * A webpack loader (proposal, measured by bench/sizes-experiment.js): the catalog as the Excel functions
 * need it. Applied to src/policies/<document>/clauses.ts in a build of functions.js only, it drops the prose
 * the functions never read at run time — each function's description, formula in words, ambiguities and
 * worked examples, the parameters' and codes' descriptions, the Chinese summary, the extra context — and
 * keeps everything they do read: names, parameter kinds/defaults/maxima/codes and aliases, constants,
 * compute (with its step labels, which EXPLAIN shows), and the fields SUBSIDY.CLAUSE returns (quotes,
 * English summary, number as written, category, departments). The task pane keeps the full catalog.
 *
 * It rewrites the TypeScript source (TypeScript's own parser and printer), before ts-loader compiles it.
 */
const ts = require("typescript");

/** Properties of Clause / ClauseFunction the functions runtime never reads. */
const DROP = new Set(["ambiguities", "examples", "formula", "context"]);
/** Parameter builders (src/catalog/params.ts) → index of their description argument. */
const DESCRIPTION_ARG = {
  amount: 1,
  rate: 1,
  quantity: 2,
  count: 1,
  yearIndex: 1,
  code: 2,
  flag: 1,
  amounts: 1,
  receivedToDate: 0,
};

function emptyText(f) {
  return f.createObjectLiteralExpression([
    f.createPropertyAssignment("en", f.createStringLiteral("")),
    f.createPropertyAssignment("zh", f.createStringLiteral("")),
  ]);
}

const propName = (p) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

function leanTransformer(context) {
  const f = context.factory;
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const keys = new Set(node.properties.map(propName));
      const isClauseFunction = keys.has("params") && keys.has("compute");
      const isClause = keys.has("quotes") && keys.has("summary");
      const isCode = keys.has("value") && keys.has("aliases") && keys.has("label");
      const props = [];
      for (const p of node.properties) {
        const name = propName(p);
        if ((isClauseFunction || isClause) && DROP.has(name)) continue;
        if (isClauseFunction && name === "description" && ts.isPropertyAssignment(p)) {
          props.push(f.updatePropertyAssignment(p, p.name, emptyText(f)));
          continue;
        }
        if (isCode && name === "label" && ts.isPropertyAssignment(p)) {
          props.push(f.updatePropertyAssignment(p, p.name, emptyText(f)));
          continue;
        }
        if (
          isClause &&
          name === "summary" &&
          ts.isPropertyAssignment(p) &&
          ts.isObjectLiteralExpression(p.initializer)
        ) {
          // SUBSIDY.CLAUSE returns the English summary; the Chinese one is the pane's.
          const en = p.initializer.properties.filter((q) => propName(q) === "en");
          props.push(
            f.updatePropertyAssignment(
              p,
              p.name,
              f.createObjectLiteralExpression([
                ...en.map((q) => ts.visitNode(q, visit)),
                f.createPropertyAssignment("zh", f.createStringLiteral("")),
              ])
            )
          );
          continue;
        }
        props.push(ts.visitNode(p, visit));
      }
      return f.updateObjectLiteralExpression(node, props);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text in DESCRIPTION_ARG
    ) {
      const i = DESCRIPTION_ARG[node.expression.text];
      const args = node.arguments.map((a, k) =>
        k === i && ts.isObjectLiteralExpression(a) ? emptyText(f) : ts.visitNode(a, visit)
      );
      return f.updateCallExpression(node, node.expression, node.typeArguments, args);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (sf) => ts.visitNode(sf, visit);
}

/** The lean source of one clauses.ts (exported for the size experiment and a test). */
function leanCatalogSource(source, fileName = "clauses.ts") {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const out = ts.transform(sf, [leanTransformer]);
  const text = ts.createPrinter().printFile(out.transformed[0]);
  out.dispose();
  return text;
}

module.exports = function leanCatalogLoader(source) {
  return leanCatalogSource(source, this.resourcePath);
};
module.exports.leanCatalogSource = leanCatalogSource;
