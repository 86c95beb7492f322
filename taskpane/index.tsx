/**
 * Task pane entry. The pane renders at once; the workbook host attaches when Office.onReady resolves
 * (about a second outside Office), so the user never waits for it.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { HostStore, connectOffice } from "./host/connect";

const store = new HostStore();
createRoot(document.getElementById("container")!).render(<App store={store} />);
connectOffice(store);
