/**
 * Task pane entry. The pane renders at once; the workbook host attaches when Office.onReady resolves
 * (about a second outside Office), so the user never waits for it.
 */
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { catalog } from "../src";

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="h1" weight="semibold">
        {catalog.clauses.length}
      </Text>
    </FluentProvider>
  );
}

createRoot(document.getElementById("container")!).render(<App />);
