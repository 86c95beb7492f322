/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/jestDom.ts"],
  moduleNameMapper: {
    // office-addin-mock only needs the OfficeApp enum from office-addin-manifest, whose full entry point
    // drags in ESM-only packages (strip-bom@5, uuid@14) that Jest cannot require() on Node < 24.9.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // @fluentui/react-charts requires d3's ES modules, which Jest 29 cannot load untransformed: a stand-in
    // draws the data it is given (the real chart is checked in the browser, test/e2e/curve.e2e.test.js).
    "^@fluentui/react-charts$": "<rootDir>/test/setup/react-charts.tsx",
  },
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
};
