/**
 * npm run export (scripts/export.ts), through its main function: a good document becomes an .xlsx (a zip,
 * "PK"), and every bad input exits 1 with one line saying what is wrong.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main, parseArgs } from "../../scripts/export";

const EXAMPLE = join(__dirname, "../../docs/examples/scenario.json");
const dir = mkdtempSync(join(tmpdir(), "export-test-"));

async function run(argv: string[]) {
  const errors: string[] = [];
  const lines: string[] = [];
  const err = jest.spyOn(console, "error").mockImplementation((m: string) => errors.push(m));
  const log = jest.spyOn(console, "log").mockImplementation((m: string) => lines.push(m));
  try {
    return { code: await main(argv), errors, lines };
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}

describe("npm run export", () => {
  it("writes the example document as an .xlsx and names its sheets", async () => {
    const out = join(dir, "model.xlsx");
    const { code, lines } = await run([EXAMPLE, "-o", out]);
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(lines.join("\n")).toContain(`${out}: Scenario`);
  });

  it.each([
    [[], /^export: usage: npm run export -- <scenario.json> -o <model.xlsx>$/],
    [[EXAMPLE], /^export: usage:/],
    [[EXAMPLE, "-o"], /^export: usage:/],
    [[EXAMPLE, "-x", "a.xlsx"], /^export: usage:/],
  ])("refuses the arguments %j with the usage (exit 1)", async (argv, message) => {
    const { code, errors } = await run(argv as string[]);
    expect(code).toBe(1);
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it("a missing file, a file that is not JSON and a bad field each exit 1, naming the problem", async () => {
    const notJson = join(dir, "not.json");
    writeFileSync(notJson, "{ profile: ");
    const badField = join(dir, "bad.json");
    const doc = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    writeFileSync(badField, JSON.stringify({ ...doc, inputs: [{ ...doc.inputs[0], year: 1999 }] }));
    const out = join(dir, "never.xlsx");
    const cases: [string, RegExp][] = [
      [join(dir, "missing.json"), /missing\.json: cannot read it \(ENOENT/],
      [notJson, /not\.json: not JSON \(/],
      [badField, /bad\.json: inputs\[0\]\.year: must be a model year, 2026 to 2028/],
    ];
    for (const [input, message] of cases) {
      const { code, errors } = await run([input, "-o", out]);
      expect([input, code, errors]).toEqual([input, 1, [expect.stringMatching(message)]]);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("takes the output before or after the input", () => {
    expect(parseArgs(["-o", "m.xlsx", "s.json"])).toEqual({ input: "s.json", output: "m.xlsx" });
    expect(parseArgs(["s.json", "--output", "m.xlsx"])).toEqual({
      input: "s.json",
      output: "m.xlsx",
    });
  });
});
