// What the browser tests do in the preview workbook, as a user would: find a row by its label in column A,
// type into a cell through the formula bar, read the sheet tabs; and find a calculator field by parameter.
const { cell } = require("./harness");

/** The 1-based rows whose column-A text starts with `label` ("=…": is exactly), in sheet order. */
function rowsOf(page, label) {
  return page.evaluate((label) => {
    const exact = label.startsWith("=");
    const text = exact ? label.slice(1) : label;
    return [...document.querySelectorAll('td[data-address^="A"]')]
      .filter((td) => {
        const t = td.textContent ?? "";
        return exact ? t === text : t.startsWith(text);
      })
      .map((td) => Number(td.dataset.address.slice(1)));
  }, label);
}

/** The first such row, or null. */
const rowOf = async (page, label) => (await rowsOf(page, label))[0] ?? null;

/** Selects the cell and enters `text` through the formula bar. */
async function type(page, address, text) {
  await cell(page, address).click();
  const bar = page.getByRole("textbox", { name: "Contents of the active cell" });
  await bar.fill(text);
  await bar.press("Enter");
}

/** The sheet tabs' names, in order. */
const sheetNames = (page) =>
  page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab")
    .evaluateAll((tabs) => tabs.map((t) => t.getAttribute("value")));

/** A calculator field by its parameter's identifier: its label reads "R&D last year rd_last_year yuan". */
const param = (name) => new RegExp(`(^|\\s)${name}(\\s|$)`);

module.exports = { rowsOf, rowOf, type, sheetNames, param };
