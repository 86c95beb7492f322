/* eslint-disable no-undef, @typescript-eslint/no-require-imports */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

// The generated site assets (functions.json in two languages, help pages) come from the TypeScript
// catalog; ts-node lets the build read it directly, so there is no second copy to keep in sync.
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
const { siteAssets } = require("./scripts/site-assets.ts");
const { DEV_URL, buildManifest, productionUrl } = require("./scripts/manifest-build.ts");
const { version } = require("./package.json");
const { devServerHttpsOptions } = require("./scripts/dev-certs.js");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const urlDev = DEV_URL;
const urlProd = productionUrl();

class SiteAssetsPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SiteAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "SiteAssetsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [file, content] of Object.entries(siteAssets(this.baseUrl))) {
            compilation.emitAsset(file, new compiler.webpack.sources.RawSource(content));
          }
        }
      );
    });
  }
}

/**
 * Writes bundle-modules.json beside the bundles: for each chunk, the project modules it holds (paths from the
 * repository root). The bundle test reads it to keep `.text.ts` prose out of functions.js (issue 12), and the
 * bench names the chunks it counts. Not listed in the manifest and never loaded by the add-in.
 */
class ChunkModulesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChunkModulesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ChunkModulesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const report = {};
          for (const chunk of compilation.chunks) {
            const modules = [];
            for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              // Concatenated modules (scope hoisting) hold their parts in `modules`.
              for (const part of m.modules ?? [m]) {
                const file = part.resource && path.relative(__dirname, part.resource);
                if (file && !file.startsWith("node_modules")) modules.push(file.split(path.sep).join("/"));
              }
            }
            // A file with styles is listed once: the CSS extraction's virtual module for it names the same file.
            report[chunk.name ?? chunk.id] = [...new Set(modules)].sort();
          }
          compilation.emitAsset(
            "bundle-modules.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(report, null, 1))
          );
        }
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? urlDev : urlProd;
  // LOCAL_OFFICE_JS=1 loads office.js from node_modules (served at /office-js/) instead of the CDN: offline preview only.
  const officeJsUrl = process.env.LOCAL_OFFICE_JS ? "office-js/office.js" : OFFICE_CDN;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./functions/functions.ts",
      // The page loads functions.js first (shared runtime); the pane reuses its catalog and engine instead of
      // bundling a second copy (docs/performance.md: task pane 200 → 131 KB gzip).
      taskpane: { import: "./taskpane/index.tsx", dependOn: "functions" },
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".jsx"] },
    module: {
      // Fluent UI's styles are resolved at build time (docs/performance.md, "The pane's first paint"). Loaders run
      // last to first; for the pane's own .ts/.tsx the chain is
      //   ts-loader → @griffel/webpack-loader → GriffelCSSExtractionPlugin.loader → (CSS) css-loader → MiniCssExtractPlugin
      // ts-loader compiles TypeScript to ES modules; @griffel/webpack-loader evaluates each makeStyles /
      // makeResetStyles call (tokens and all) and replaces it with __styles / __resetStyles holding the finished
      // CSS; the extraction loader turns those into __css / __resetCSS (class names only) and moves the CSS into
      // one stylesheet, griffel.css, linked from taskpane.html. Fluent's own packages ship already transformed
      // (__styles), so they take the extraction loader alone. At run time Griffel no longer runs stylis nor
      // inserts rules; FluentProvider still writes its theme variables into a <style> (CSP: style-src
      // 'unsafe-inline' stays).
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            GriffelCSSExtractionPlugin.loader,
            {
              loader: "@griffel/webpack-loader",
              options: {
                // The pane imports makeStyles from Fluent's barrel, not from @griffel/react.
                modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }],
                // Its input is ts-loader's JavaScript, but a style object may use constants from another module
                // (Grid.tsx: host/plan.ts), which the loader reads from disk to evaluate: Babel 7's TypeScript
                // preset parses those (@griffel/webpack-loader 2.2 needs @babel/core 7, not Babel 8).
                babelOptions: { presets: ["@babel/preset-typescript"] },
              },
            },
            { loader: "ts-loader", options: {
              transpileOnly: !!process.env.TRANSPILE_ONLY,
              onlyCompileBundledFiles: true,
              // ES modules let webpack tree-shake Fluent UI; Jest and ts-node keep CommonJS from tsconfig.json.
              compilerOptions: { module: "esnext" },
            } },
          ],
        },
        {
          test: /\.js$/,
          include: /node_modules[\\/]@fluentui[\\/]/,
          use: GriffelCSSExtractionPlugin.loader,
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    plugins: [
      // Griffel orders its rules itself (by bucket), so mini-css-extract's module order does not matter.
      // runtime: false: the one stylesheet is linked from taskpane.html, so no chunk loads CSS by itself (and no
      // CSS-loading runtime lands in functions.js, which holds the shared webpack runtime).
      new MiniCssExtractPlugin({ ignoreOrder: true, runtime: false }),
      new GriffelCSSExtractionPlugin(),
      new SiteAssetsPlugin(baseUrl),
      new ChunkModulesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["functions", "taskpane"], // shared runtime: the task pane page also hosts the functions
        officeJsUrl,
        // The template places the tags itself: the bundles before office.js, the stylesheet after it.
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Production: every localhost URL → ADDIN_URL; both: <Version> from package.json (scripts/manifest-build.ts).
            transform: (content) => buildManifest(content.toString(), { baseUrl: dev ? undefined : urlProd, version }),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: Number(process.env.PORT || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      // https with office-addin-dev-certs' certificate when its CA is installed, else a self-signed one
      // (scripts/dev-certs.js); HTTP=1 for tests and a plain browser preview.
      // (The certificate is looked up for development only: a production build does not serve.)
      server: process.env.HTTP ? "http" : { type: "https", options: dev ? await devServerHttpsOptions() : undefined },
      static: [{ directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" }],
      // No dev-server client and no websocket: the client is injected into every entry, and with `taskpane`
      // depending on `functions` it lands in the functions chunk, so taskpane.js asks for a module that is not
      // in its chunk and the pane stays blank (issue 9). Hot and live reload are off, so the client did nothing
      // useful anyway: reload the page (or the add-in) after a rebuild. test/e2e/dev-server.e2e.test.js guards it.
      client: false,
      webSocketServer: false,
      hot: false,
      liveReload: false,
    },
  };
};
