// axe-core in the real-browser tests: the engine from node_modules, run in the page without touching its
// CSP (script-src 'self' refuses an injected <script>; DevTools evaluation is not subject to it).
const fs = require("node:fs");

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Tabster's focus redirectors (Fluent UI v9's TabList, arrow-key groups): an <i data-tabster-dummy
 * tabindex="0" aria-hidden="true"> that hands focus on the moment it gets it. axe reports it under
 * aria-hidden-focus; Fluent lists it as a known false positive (by design: microsoft/fluentui#27517,
 * microsoft/tabster#288) and Accessibility Insights suppresses exactly these nodes
 * (microsoft/accessibility-insights-web#7605). Only that rule, only those nodes, are dropped here.
 */
const isTabsterDummy = (rule, node) =>
  rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(node.html);

/**
 * The accessibility violations axe finds in the page (or in the elements matching `selector`), each as
 * "rule-id (impact): help — targets", so a failing assertion shows what to fix. WCAG 2.x A/AA and
 * axe's best practices, as axe runs by default.
 */
async function axeViolations(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const result = await window.axe.run(selector ?? document, { resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ html: n.html, target: n.target.join(" ") })),
    }));
  }, selector);
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => n.target)
          .join(", ")}${v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ""}`
    );
}

module.exports = { axeViolations };
