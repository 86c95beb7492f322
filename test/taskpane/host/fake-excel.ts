/**
 * A stateful fake of the part of Excel's JavaScript API the host uses, for tests that need a workbook's
 * state rather than canned answers (office-addin-mock returns what it was populated with):
 * - proxies as in Office.js: a property is readable only after load() and sync(), writes are queued and
 *   applied at sync(), in order; every sync() is counted, with the number of cells it loaded;
 * - cells with values, formulas, number formats, fills and notes; merged areas; formulas that spill
 *   (blocked, they show #SPILL!: writing into the blank part of a spill breaks its formula);
 * - getMergedAreasOrNullObject reports only merges whose top-left cell lies in the range (as Excel does),
 *   and fails beyond 512 of them; getUsedRangeOrNullObject(valuesOnly) counts blank spill cells as unused
 *   (the pessimistic reading: the host must find where a spill ends by itself);
 * - the ExcelApi version is configurable: an API above it throws, as a missing API would.
 */
import { ref as a1 } from "../../../src/format/a1";
import { parseA1 } from "../../../taskpane/host/address";

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  note?: string;
  /** The formula's array result: it spills over rows × cols from this cell ("" for a blank element). */
  spill?: (string | number)[][];
}

interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const key = (row: number, col: number) => `${row},${col}`;
const inside = (a: Area, row: number, col: number) =>
  row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;

function parseArea(address: string): Area {
  const [from, to = from] = address.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

/** "1.12" < "1.13" compared as numbers, part by part. */
function versionAtMost(version: string, max: string): boolean {
  const [a, b] = [version, max].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return true;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Area[] = [];

  set(address: string, cell: FakeCell): this {
    const { row, col } = parseA1(address);
    this.cells.set(key(row, col), cell);
    return this;
  }

  merge(address: string): this {
    this.merges.push(parseArea(address));
    return this;
  }

  cell(address: string): FakeCell | undefined {
    const { row, col } = parseA1(address);
    return this.cells.get(key(row, col));
  }

  /** Spilling formulas that are not blocked, with their areas. */
  spills(): { anchor: Area; area: Area; values: (string | number)[][] }[] {
    const out = [];
    for (const [k, c] of this.cells) {
      if (!c.spill) continue;
      const [row, col] = k.split(",").map(Number);
      const area = { row, col, rows: c.spill.length, cols: c.spill[0].length };
      const blocked = [...this.cells].some(([other, o]) => {
        const [r, cc] = other.split(",").map(Number);
        return (
          other !== k && inside(area, r, cc) && (o.value !== undefined || o.formula !== undefined)
        );
      });
      if (!blocked) out.push({ anchor: { row, col, rows: 1, cols: 1 }, area, values: c.spill });
    }
    return out;
  }

  /** What Range.values shows in a cell. */
  value(row: number, col: number): unknown {
    const c = this.cells.get(key(row, col));
    if (c?.spill)
      return this.spills().some((s) => s.anchor.row === row && s.anchor.col === col)
        ? c.spill[0][0]
        : "#SPILL!";
    if (c?.value !== undefined) return c.value;
    if (c?.formula !== undefined) return 0;
    const s = this.spills().find((sp) => inside(sp.area, row, col));
    return s ? s.values[row - s.area.row][col - s.area.col] : "";
  }

  /** What Range.formulas shows: the formula, a constant, a spilled value, or "". */
  formula(row: number, col: number): unknown {
    const c = this.cells.get(key(row, col));
    return c?.formula ?? c?.value ?? this.value(row, col);
  }
}

export class FakeExcel {
  readonly sheets = new Map<string, FakeSheet>([["Sheet1", new FakeSheet()]]);
  syncs = 0;
  /** Per sync, how many cells' values, formulas or formats it loaded (the response's size, roughly). */
  readonly loadedCells: number[] = [];
  /** Every cell whose contents or number format a write reached, and every fill or font set. */
  readonly written: {
    sheet: string;
    row: number;
    col: number;
    what: "formulas" | "numberFormat";
  }[] = [];
  readonly formatWrites: string[] = [];
  selected: { sheet: string; area: Area } | undefined;
  activeCell = { sheet: "Sheet1", row: 0, col: 0 };

  constructor(public apiVersion = "1.13") {}

  sheet(name = "Sheet1"): FakeSheet {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  requireApi(version: string, what: string): void {
    if (!versionAtMost(version, this.apiVersion))
      throw new Error(`${what} needs ExcelApi ${version}; this fake has ${this.apiVersion}`);
  }

  /** Sets globalThis.Excel and Office to this fake. */
  install(): this {
    const g = globalThis as any;
    g.Excel = { run: (cb: (ctx: FakeContext) => Promise<unknown>) => cb(new FakeContext(this)) };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) =>
            set === "ExcelApi" && versionAtMost(version, this.apiVersion),
        },
      },
    };
    return this;
  }

  static uninstall(): void {
    delete (globalThis as any).Excel;
    delete (globalThis as any).Office;
  }
}

type Op = () => number;

class FakeContext {
  ops: Op[] = [];
  readonly workbook: unknown;

  constructor(readonly excel: FakeExcel) {
    this.workbook = {
      worksheets: {
        getItem: (name: string) => ({
          getRange: (address: string) => {
            const area = parseArea(address);
            return new FakeRange(this, name, () => area);
          },
        }),
      },
      getSelectedRange: () => {
        const { sheet, row, col } = excel.activeCell;
        return new FakeRange(this, sheet, () => ({ row, col, rows: 1, cols: 1 }));
      },
    };
  }

  async sync(): Promise<void> {
    this.excel.syncs += 1;
    const ops = this.ops;
    this.ops = [];
    let cells = 0;
    for (const op of ops) cells += op();
    this.excel.loadedCells.push(cells);
  }
}

const CELL_PROPS = new Set(["values", "formulas", "numberFormat"]);

class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  /** Registers a load, resolved at the next sync: `exists` false makes a null object, `resolve` gives each property. */
  protected queueLoad(
    props: string | string[],
    exists: () => boolean,
    resolve: (prop: string) => unknown,
    cost: (prop: string) => number
  ): void {
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.ctx.ops.push(() => {
      this.nullObject = !exists();
      if (this.nullObject) return 0;
      let cells = 0;
      for (const p of list) {
        this.loaded.set(p, resolve(p));
        cells += cost(p);
      }
      return cells;
    });
  }

  protected read(prop: string): any {
    if (!this.loaded.has(prop))
      throw new Error(`${prop} was read before load("${prop}") and sync()`);
    return this.loaded.get(prop);
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined)
      throw new Error("isNullObject was read before load() and sync()");
    return this.nullObject;
  }
}

class FakeRange extends FakeProxy {
  readonly format: unknown;

  constructor(
    ctx: FakeContext,
    private readonly sheetName: string,
    private readonly resolve: () => Area | null
  ) {
    super(ctx);
    const record = (what: string) => () => {
      ctx.ops.push(() => {
        ctx.excel.formatWrites.push(what);
        return 0;
      });
    };
    const setter = (what: string) => ({ set: record(what) });
    this.format = {
      autofitColumns: () => undefined,
      fill: Object.defineProperty({}, "color", setter("fill")),
      font: Object.defineProperties({}, { bold: setter("font"), color: setter("font") }),
    };
  }

  private get sheet(): FakeSheet {
    return this.ctx.excel.sheet(this.sheetName);
  }

  private area(): Area {
    const a = this.resolve();
    if (!a) throw new Error("a null object was used");
    return a;
  }

  private grid(f: (row: number, col: number) => unknown): unknown[][] {
    const a = this.area();
    return Array.from({ length: a.rows }, (_, r) =>
      Array.from({ length: a.cols }, (_, c) => f(a.row + r, a.col + c))
    );
  }

  load(props: string | string[]): this {
    this.queueLoad(
      props,
      () => this.resolve() !== null,
      (p) => {
        const a = this.area();
        switch (p) {
          case "values":
            return this.grid((r, c) => this.sheet.value(r, c));
          case "formulas":
            return this.grid((r, c) => this.sheet.formula(r, c));
          case "numberFormat":
            return this.grid((r, c) => this.sheet.cells.get(key(r, c))?.numberFormat ?? "General");
          case "rowIndex":
            return a.row;
          case "columnIndex":
            return a.col;
          case "rowCount":
            return a.rows;
          case "columnCount":
            return a.cols;
          case "address":
            return `${this.sheetName}!${a1(a.row, a.col)}`;
          default:
            throw new Error(`the fake does not load ${p}`);
        }
      },
      (p) => (CELL_PROPS.has(p) ? this.area().rows * this.area().cols : 1)
    );
    return this;
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  set formulas(grid: unknown[][]) {
    this.ctx.ops.push(() => {
      const a = this.area();
      grid.forEach((line, r) =>
        line.forEach((entry, c) => {
          const k = key(a.row + r, a.col + c);
          const cell = { ...this.sheet.cells.get(k) };
          delete cell.value;
          delete cell.formula;
          delete cell.spill;
          if (typeof entry === "string" && entry.startsWith("=")) cell.formula = entry;
          else if (entry !== "") cell.value = entry as FakeCell["value"];
          this.sheet.cells.set(k, cell);
          this.ctx.excel.written.push({
            sheet: this.sheetName,
            row: a.row + r,
            col: a.col + c,
            what: "formulas",
          });
        })
      );
      return 0;
    });
  }

  set numberFormat(grid: unknown[][]) {
    this.ctx.ops.push(() => {
      const a = this.area();
      if (grid.length !== a.rows || grid.some((line) => line.length !== a.cols))
        throw new Error("InvalidArgument: the number format grid does not match the range");
      grid.forEach((line, r) =>
        line.forEach((format, c) => {
          const k = key(a.row + r, a.col + c);
          this.sheet.cells.set(k, { ...this.sheet.cells.get(k), numberFormat: String(format) });
          this.ctx.excel.written.push({
            sheet: this.sheetName,
            row: a.row + r,
            col: a.col + c,
            what: "numberFormat",
          });
        })
      );
      return 0;
    });
  }

  select(): void {
    this.ctx.ops.push(() => {
      this.ctx.excel.selected = { sheet: this.sheetName, area: this.area() };
      return 0;
    });
  }

  getCell(i: number, j: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const a = this.area();
      return { row: a.row + i, col: a.col + j, rows: 1, cols: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const a = this.area();
      const sheet = this.sheet;
      let box: { top: number; left: number; bottom: number; right: number } | undefined;
      const use = (row: number, col: number) => {
        if (!inside(a, row, col)) return;
        box = box
          ? {
              top: Math.min(box.top, row),
              left: Math.min(box.left, col),
              bottom: Math.max(box.bottom, row),
              right: Math.max(box.right, col),
            }
          : { top: row, left: col, bottom: row, right: col };
      };
      for (const [k, c] of sheet.cells) {
        const [row, col] = k.split(",").map(Number);
        const hasValue = c.value !== undefined || c.formula !== undefined;
        if (hasValue || (!valuesOnly && (c.numberFormat || c.fill || c.note))) use(row, col);
      }
      for (const s of sheet.spills())
        s.values.forEach((line, r) =>
          line.forEach((v, c) => {
            if (v !== "") use(s.area.row + r, s.area.col + c);
          })
        );
      return box
        ? {
            row: box.top,
            col: box.left,
            rows: box.bottom - box.top + 1,
            cols: box.right - box.left + 1,
          }
        : null;
    });
  }

  getSpillParentOrNullObject(): FakeRange {
    this.ctx.excel.requireApi("1.12", "getSpillParentOrNullObject");
    return new FakeRange(this.ctx, this.sheetName, () => {
      const a = this.area();
      if (a.rows * a.cols !== 1) return null;
      const s = this.sheet.spills().find((sp) => inside(sp.area, a.row, a.col));
      return s ? s.anchor : null;
    });
  }

  getSpillingToRangeOrNullObject(): FakeRange {
    this.ctx.excel.requireApi("1.12", "getSpillingToRangeOrNullObject");
    return new FakeRange(this.ctx, this.sheetName, () => {
      const a = this.area();
      const s = this.sheet
        .spills()
        .find((sp) => sp.anchor.row === a.row && sp.anchor.col === a.col);
      return s ? s.area : null;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.excel.requireApi("1.13", "getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, () => {
      const a = this.area();
      // As Excel: only merges whose top-left cell lies in the range.
      const found = this.sheet.merges.filter((m) => inside(a, m.row, m.col));
      if (found.length > 512) throw new Error("GeneralException: more than 512 merged areas");
      return found;
    });
  }
}

class FakeRangeAreas extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly find: () => Area[]
  ) {
    super(ctx);
  }

  load(props: string | string[]): this {
    let found: Area[] = [];
    const field = (p: string) => {
      const m = /^areas\/items\/(rowIndex|columnIndex|rowCount|columnCount)$/.exec(p);
      if (!m) throw new Error(`the fake does not load ${p} on RangeAreas`);
      return m[1];
    };
    const list = (Array.isArray(props) ? props : props.split(",")).map((p) => field(p.trim()));
    const pick = (a: Area): Record<string, number> => {
      const all: Record<string, number> = {
        rowIndex: a.row,
        columnIndex: a.col,
        rowCount: a.rows,
        columnCount: a.cols,
      };
      return Object.fromEntries(list.map((f) => [f, all[f]]));
    };
    this.queueLoad(
      "areas",
      () => (found = this.find()).length > 0,
      () => ({ items: found.map(pick) }),
      () => found.length
    );
    return this;
  }

  get areas(): { items: unknown[] } {
    return this.read("areas");
  }
}
