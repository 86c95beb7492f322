/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { lazyComponent, whenIdle } from "../../taskpane/lazy";

const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;

describe("lazyComponent", () => {
  it("fetches once, shows the fallback until the chunk is in, then renders without suspending", async () => {
    const load = jest.fn(() => Promise.resolve(Hello));
    const Lazy = lazyComponent(load);
    const first = render(
      <Suspense fallback={<p>loading</p>}>
        <Lazy name="a" />
      </Suspense>
    );
    expect(screen.getByText("loading")).toBeInTheDocument();
    expect(await screen.findByText("hello a")).toBeInTheDocument();
    first.unmount();
    // Loaded: a new mount renders in the same commit, no fallback in between.
    render(
      <Suspense fallback={<p>loading</p>}>
        <Lazy name="b" />
      </Suspense>
    );
    expect(screen.getByText("hello b")).toBeInTheDocument();
    expect(screen.queryByText("loading")).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("preload() starts the fetch ahead of the first render; a failed fetch is tried again", async () => {
    const load = jest
      .fn<Promise<typeof Hello>, []>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(Hello);
    const Lazy = lazyComponent(load);
    await expect(Lazy.preload()).rejects.toThrow("offline");
    await expect(Lazy.preload()).resolves.toBe(Hello);
    expect(load).toHaveBeenCalledTimes(2);
    render(<Lazy name="c" />);
    expect(screen.getByText("hello c")).toBeInTheDocument();
  });
});

describe("whenIdle", () => {
  it("runs the task later, not at once, and can be cancelled", async () => {
    const ran: string[] = [];
    whenIdle(() => ran.push("a"));
    const cancel = whenIdle(() => ran.push("b"));
    cancel();
    expect(ran).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual(["a"]);
  });

  it("swallows a failed task: a failed preload is no unhandled rejection (it is tried again when needed)", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    whenIdle(() => Promise.reject(new Error("offline")));
    await new Promise((r) => setTimeout(r, 20));
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
