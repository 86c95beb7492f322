/** Each argument of the explained call: its parameter, the value the function received and where it came from. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ExplainedArg } from "../../explain/explain";
import { formatRange } from "../../host/address";
import { type I18n, useI18n } from "../../i18n";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: "start",
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    padding: `3px ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: "top",
    textAlign: "start",
  },
  head: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  value: { fontVariantNumeric: "tabular-nums", wordBreak: "break-word" },
  // One number or text stays on one line; only a list of values wraps.
  scalar: { whiteSpace: "nowrap" },
  ref: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
  // "in the formula" on one line: in a narrow pane the table's auto layout gave the column one character's
  // width (a longer Chinese label stood on seven lines); a reference, which can be long, still wraps.
  literal: { whiteSpace: "nowrap" },
  // An identifier (base_increment_ratio) may break anywhere rather than push the table past the pane.
  name: { overflowWrap: "anywhere" },
});

/** One value as the function received it: a number grouped, text quoted, an error by its code. */
function scalarText(v: unknown, i18n: I18n): string {
  if (v === null || v === undefined || v === "") return i18n.t.explain.blank;
  if (typeof v === "number") return i18n.num(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return `"${v}"`;
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" ? code : String(v);
}

export function valueText(v: unknown, i18n: I18n): string {
  if (!Array.isArray(v)) return scalarText(v, i18n);
  const cells = (v as unknown[][]).flat();
  return `${i18n.t.explain.values(cells.length)}: ${cells.map((c) => scalarText(c, i18n)).join(", ")}`;
}

export function Arguments({ args }: { args: ExplainedArg[] }) {
  const s = useStyles();
  const i18n = useI18n();
  const { t, pick } = i18n;
  return (
    <table className={s.table}>
      <caption className={s.caption}>{t.explain.arguments}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(s.cell, s.head)}>
            {t.explain.argument}
          </th>
          <th scope="col" className={mergeClasses(s.cell, s.head)}>
            {t.explain.value}
          </th>
          <th scope="col" className={mergeClasses(s.cell, s.head)}>
            {t.explain.from}
          </th>
        </tr>
      </thead>
      <tbody>
        {args.map(({ param, source, from, value }) => (
          <tr key={param.name}>
            <th scope="row" className={s.cell}>
              {pick(param.label)}{" "}
              <span className={mergeClasses(s.muted, s.name)}>({param.name})</span>
            </th>
            <td className={mergeClasses(s.cell, s.value, !Array.isArray(value) && s.scalar)}>
              {source.kind === "omitted" ? t.explain.omitted : valueText(value, i18n)}
            </td>
            <td className={s.cell}>
              {source.kind === "reference" ? (
                <span className={s.ref}>
                  {from && from.rows * from.cols > 0 && source.text !== formatRange(from)
                    ? `${source.text} → ${formatRange(from)}`
                    : source.text}
                </span>
              ) : source.kind === "literal" ? (
                <span className={mergeClasses(s.muted, s.literal)}>{t.explain.literal}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
