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
  },
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
};
