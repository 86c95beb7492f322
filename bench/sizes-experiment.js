/**
 * Size experiment for docs/performance.md (not part of npm run bench): builds into a temporary directory
 *   A. functions.js alone with the lean catalog (bench/lean-catalog-loader.js),
 *   B. the task pane entry without `dependOn: "functions"` (each bundle with its own copy of the catalog, as
 *      before webpack.config.js shared it), for comparison with dist/,
 * then checks the lean functions.js still registers every function and computes every worked example.
 *   node bench/sizes-experiment.js
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const vm = require("vm");
const zlib = require("zlib");
const webpack = require("webpack");
process.env.TRANSPILE_ONLY = "1";
const base = require("../webpack.config.js");

const gz = (f) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
const kb = (b) => (b / 1000).toFixed(1);
const run = (config) =>
  new Promise((resolve, reject) =>
    webpack(config, (err, stats) =>
      err || stats.hasErrors()
        ? reject(err || new Error(stats.toString("errors-only")))
        : resolve(stats)
    )
  );

async function main() {
  const root = path.resolve(__dirname, "..");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sizes-"));
  // A. lean functions.js
  const a = await base({}, { mode: "production" });
  a.entry = { functions: "./functions/functions.ts" };
  a.output = { ...a.output, path: path.join(tmp, "a") };
  a.plugins = [];
  const tsRule = a.module.rules[0];
  a.module.rules = [
    { ...tsRule, exclude: [/node_modules/, /src[\\/]policies[\\/][^\\/]+[\\/]clauses\.ts$/] },
    {
      test: /src[\\/]policies[\\/][^\\/]+[\\/]clauses\.ts$/,
      use: [tsRule.use, path.join(__dirname, "lean-catalog-loader.js")],
    },
  ];
  await run(a);
  const leanFile = path.join(tmp, "a/functions.js");
  // B. no dependOn
  const b = await base({}, { mode: "production" });
  const pane = b.entry.taskpane;
  b.entry = {
    functions: b.entry.functions,
    taskpane: typeof pane === "string" ? pane : pane.import,
  };
  b.output = { ...b.output, path: path.join(tmp, "b") };
  await run(b);

  // The lean bundle still registers every function and computes every worked example.
  const registered = new Map();
  class CFError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  const sandbox = {
    CustomFunctions: {
      associate: (id, f) => registered.set(id, f),
      Error: CFError,
      ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A" },
    },
    console,
  };
  vm.runInNewContext(fs.readFileSync(leanFile, "utf8"), sandbox);
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
  const { clauses } = require(path.join(root, "src/policies"));
  let examples = 0;
  for (const c of clauses.filter((x) => x.fn)) {
    for (const ex of c.fn.examples) {
      let got;
      try {
        got = registered.get(c.fn.name)(...ex.args, { address: "A1" });
      } catch (e) {
        got = e.code;
      }
      if (typeof ex.expect === "number" ? Math.abs(got - ex.expect) > 0.01 : got !== ex.expect)
        throw new Error(`${c.fn.name}${JSON.stringify(ex.args)}: ${got} vs ${ex.expect}`);
      examples++;
    }
  }
  const quote = registered.get("CLAUSE")("HLJ-ROBOT-01", "quote", { address: "A1" });
  const current = path.join(root, "dist");
  console.log(
    JSON.stringify({
      current: {
        functions: kb(gz(path.join(current, "functions.js"))),
        taskpane: kb(gz(path.join(current, "taskpane.js"))),
      },
      leanFunctions: kb(gz(leanFile)),
      withoutDependOn: {
        functions: kb(gz(path.join(tmp, "b/functions.js"))),
        taskpane: kb(gz(path.join(tmp, "b/taskpane.js"))),
      },
      leanChecked: {
        functions: registered.size,
        examples,
        clauseQuote: String(quote).slice(0, 30),
      },
    })
  );
  if (process.env.KEEP)
    console.log(`kept builds in ${tmp} (a: lean functions.js, b: without dependOn)`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
