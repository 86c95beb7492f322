/** @jest-environment jsdom */
import { HostStore, connectOffice } from "../../../taskpane/host/connect";
import { ExcelHost } from "../../../taskpane/host/excel";
import { MemoryWorkbook } from "../../../taskpane/host/memory";

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  delete (globalThis as any).Office;
  delete window.__officeReady;
});

function fakeOffice(host: string | null) {
  let resolve!: (info: unknown) => void;
  const ready = new Promise((r) => (resolve = r));
  (globalThis as any).Office = {
    onReady: () => ready,
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "zh-CN" },
  };
  return () => resolve({ host, platform: host ? "PC" : null });
}

describe("connecting to Office", () => {
  it("without office.js (it failed to load): preview mode, as soon as the workbook's chunk is in", async () => {
    const store = new HostStore();
    connectOffice(store);
    await flush();
    expect(store.get().mode).toBe("preview");
  });

  it("stays 'connecting' until Office.onReady resolves; a plain browser (host null) gives preview mode", async () => {
    const ready = fakeOffice(null);
    const store = new HostStore();
    connectOffice(store);
    expect(store.get().mode).toBe("connecting");
    expect(window.__officeReady).toBeUndefined();
    ready();
    await flush();
    const state = store.get();
    expect(state.mode).toBe("preview");
    expect(state.mode === "preview" && state.host).toBeInstanceOf(MemoryWorkbook);
    expect(window.__officeReady).toEqual({ host: null, platform: null });
  });

  it("in preview mode the formula engine is loaded on demand and attached to the workbook", async () => {
    const ready = fakeOffice(null);
    const store = new HostStore();
    connectOffice(store);
    ready();
    await flush();
    const state = store.get();
    if (state.mode !== "preview") throw new Error("expected preview mode");
    await state.host.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, [
      [{ formula: "=SUBSIDY.HZ_SCENARIO_AWARD(6000000)" }],
    ]);
    await new Promise((r) => setTimeout(r, 50));
    expect(state.host.value(0, 0)).toEqual({ kind: "value", value: 2_000_000 });
  });

  it("in Excel: the Excel host and Office's display language", async () => {
    const ready = fakeOffice("Excel");
    const store = new HostStore();
    connectOffice(store);
    ready();
    await flush();
    const state = store.get();
    expect(state.mode).toBe("excel");
    expect(state.mode === "excel" && state.host).toBeInstanceOf(ExcelHost);
    expect(state.mode === "excel" && state.displayLanguage).toBe("zh-CN");
  });

  it("notifies subscribers", () => {
    const store = new HostStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().mode));
    store.set({ mode: "preview", host: new MemoryWorkbook() });
    unsubscribe();
    store.set({ mode: "connecting" });
    expect(seen).toEqual(["preview"]);
  });
});
