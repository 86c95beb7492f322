/** Region, category and "has a function" filters; the options are whatever the catalog holds. */
import { Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ClauseRecord } from "../../../src/records";
import { useI18n } from "../../i18n";
import type { ClauseFilters, SearchIndex } from "../../search";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  select: { flex: "1 1 120px", minWidth: "0" },
});

// Longer than 60 lines: the markup of its three filters (region, category, has a function), one after the other.
export function Filters({
  index,
  filters,
  onFilters,
}: {
  index: SearchIndex;
  filters: ClauseFilters;
  onFilters(f: ClauseFilters): void;
}) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const regions = useMemo(
    () => [
      ...new Map(index.entries.map((e) => [e.document.region.en, e.document.region])).values(),
    ],
    [index]
  );
  const categories = useMemo(
    () => [...new Set(index.entries.map((e) => e.clause.category))],
    [index]
  );

  return (
    <div className={s.root}>
      <Select
        className={s.select}
        size="small"
        aria-label={t.filters.region}
        value={filters.region ?? ""}
        onChange={(_, d) => onFilters({ ...filters, region: d.value || undefined })}
      >
        <option value="">{t.filters.allRegions}</option>
        {regions.map((r) => (
          <option key={r.en} value={r.en}>
            {pick(r)}
          </option>
        ))}
      </Select>
      <Select
        className={s.select}
        size="small"
        aria-label={t.filters.category}
        value={filters.category ?? ""}
        onChange={(_, d) =>
          onFilters({
            ...filters,
            category: (d.value || undefined) as ClauseRecord["category"] | undefined,
          })
        }
      >
        <option value="">{t.filters.allCategories}</option>
        {categories.map((c) => (
          <option key={c} value={c}>
            {t.categories[c]}
          </option>
        ))}
      </Select>
      <Switch
        label={t.filters.hasFunction}
        checked={filters.hasFunction === true}
        onChange={(_, d) => onFilters({ ...filters, hasFunction: d.checked || undefined })}
      />
    </div>
  );
}
