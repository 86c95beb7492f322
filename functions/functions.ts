/**
 * Entry point of functions.js: loaded by the shared-runtime page (taskpane.html) and by Excel's
 * custom-functions runtime. Office.js may be missing when the page is opened outside Office without
 * network; then there is nothing to register with.
 */
import { setMessageLanguage } from "../src/engine/messages";
import { languageOfTag } from "../src/format/locale";
import { sheetFunctions } from "../src/sheet-functions";
import { registerAll } from "./register";

if (typeof CustomFunctions !== "undefined") {
  registerAll(sheetFunctions, (id, f) => CustomFunctions.associate(id, f));
}

// Argument errors in the host's display language (src/engine/messages.ts); English until Office is ready.
if (typeof Office !== "undefined") {
  void Office.onReady(() => setMessageLanguage(languageOfTag(Office.context?.displayLanguage)));
}
