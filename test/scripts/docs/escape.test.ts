/** Catalog strings cannot become markup on the generated pages. */
import { escapeHtml, escapeMarkdown, mdCell } from "../../../scripts/docs/escape";

describe("escaping", () => {
  it("escapeHtml escapes markup characters", () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
    );
    expect(escapeHtml("「以上」 ≥ 500,000")).toBe("「以上」 ≥ 500,000");
  });

  it("escapeMarkdown keeps catalog text from becoming HTML or emphasis", () => {
    expect(escapeMarkdown("a <b>c</b> *d*")).toBe("a &lt;b>c&lt;/b> \\*d\\*");
    expect(escapeMarkdown("> quote")).toBe("&gt; quote");
    expect(escapeMarkdown("R&D, x > y")).toBe("R&D, x > y");
  });

  it("mdCell keeps a cell in its column and on its row", () => {
    expect(mdCell("a | b\nc")).toBe("a \\| b<br>c");
  });
});
