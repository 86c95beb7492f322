/**
 * Entry point of functions.js: loaded by the shared-runtime page (taskpane.html) and by Excel's
 * custom-functions runtime. Office.js may be missing when the page is opened outside Office without
 * network; then there is nothing to register with.
 */
import { sheetFunctions } from "../src/sheet-functions";
import { registerAll } from "./register";

if (typeof CustomFunctions !== "undefined") {
  registerAll(sheetFunctions, (id, f) => CustomFunctions.associate(id, f));
}
