/** A burst of selection or calculation events explains once, 250 ms after the last. */
import { EXPLAIN_DEBOUNCE_MS, debounce } from "../../../taskpane/explain/debounce";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("debounce", () => {
  it("runs once, EXPLAIN_DEBOUNCE_MS after the last call of a burst", () => {
    const run = jest.fn();
    const later = debounce(run, EXPLAIN_DEBOUNCE_MS);
    expect(EXPLAIN_DEBOUNCE_MS).toBe(250);
    later();
    jest.advanceTimersByTime(200);
    later(); // a second event within 250 ms starts the wait again
    jest.advanceTimersByTime(249);
    expect(run).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    later();
    jest.advanceTimersByTime(250);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("cancel drops the pending call", () => {
    const run = jest.fn();
    const later = debounce(run, 250);
    later();
    later.cancel();
    jest.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});
