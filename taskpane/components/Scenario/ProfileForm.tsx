/** The company profile: name, location, sectors and the model years. */
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Location, Sector } from "../../../src";
import { useI18n } from "../../i18n";
import {
  LOCATIONS,
  locationLabel,
  MAX_YEARS,
  SECTORS,
  sectorLabel,
  type ScenarioForm,
  parseYears,
  withLocation,
  withSectors,
} from "../../scenario/form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  sectors: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
  years: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalM,
  },
  // An input's intrinsic width (its size attribute) would push the second column out of the card.
  yearInput: { width: "100%", minWidth: 0 },
  yearsError: { gridColumn: "1 / -1" },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

type Props = { form: ScenarioForm; onChange(form: ScenarioForm): void };

/** The sectors a company works in: ticking one ticks the clauses of the documents that name it. */
function SectorChecks({ form, onChange }: Props) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const toggleSector = (sector: Sector, on: boolean) =>
    onChange(
      withSectors(form, on ? [...form.sectors, sector] : form.sectors.filter((x) => x !== sector))
    );
  // Not a Field: a Field would name every checkbox inside it after its own label.
  return (
    <div className={s.group} role="group" aria-labelledby="scenario-sectors-label">
      <Label id="scenario-sectors-label" size="small">
        {t.scenario.sectors}
      </Label>
      <div className={s.sectors}>
        {SECTORS.map((sector) => (
          <Checkbox
            key={sector}
            id={`scenario-sector-${sector}`}
            label={pick(sectorLabel(sector))}
            checked={form.sectors.includes(sector)}
            onChange={(_, d) => toggleSector(sector, d.checked === true)}
          />
        ))}
      </div>
      <Caption1 className={s.hint}>{t.scenario.sectorsHint}</Caption1>
    </div>
  );
}

/** The first and last model year, checked together (at most MAX_YEARS years). */
function YearFields({ form, onChange }: Props) {
  const s = useStyles();
  const { t } = useI18n();
  const yearsOk = parseYears(form) !== null;
  return (
    <div className={s.years}>
      <Field label={t.scenario.firstYear} size="small" validationState={yearsOk ? "none" : "error"}>
        <Input
          id="scenario-first-year"
          className={s.yearInput}
          size="small"
          type="number"
          inputMode="numeric"
          value={form.firstYear}
          onChange={(_, d) => onChange({ ...form, firstYear: d.value })}
        />
      </Field>
      <Field label={t.scenario.lastYear} size="small" validationState={yearsOk ? "none" : "error"}>
        <Input
          id="scenario-last-year"
          className={s.yearInput}
          size="small"
          type="number"
          inputMode="numeric"
          value={form.lastYear}
          onChange={(_, d) => onChange({ ...form, lastYear: d.value })}
        />
      </Field>
      {!yearsOk && (
        <span className={mergeClasses(s.yearsError, s.error)} role="alert">
          {t.scenario.yearsInvalid(MAX_YEARS)}
        </span>
      )}
    </div>
  );
}

export function ProfileForm({
  form,
  onChange,
  showProblems,
}: {
  form: ScenarioForm;
  onChange(form: ScenarioForm): void;
  /** Show what is missing (after a first attempt to create). */
  showProblems: boolean;
}) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const companyMissing = showProblems && !form.company.trim();

  return (
    <div className={s.root}>
      <Field
        label={t.scenario.company}
        required
        size="small"
        validationState={companyMissing ? "error" : "none"}
        validationMessage={companyMissing ? t.scenario.companyRequired : undefined}
      >
        <Input
          id="scenario-company"
          size="small"
          value={form.company}
          placeholder={t.scenario.companyPlaceholder}
          onChange={(_, d) => onChange({ ...form, company: d.value })}
        />
      </Field>
      <Field label={t.scenario.location} size="small">
        <Select
          id="scenario-location"
          size="small"
          value={form.location}
          onChange={(_, d) => onChange(withLocation(form, d.value as Location))}
        >
          {LOCATIONS.map((l) => (
            <option key={l} value={l}>
              {pick(locationLabel(l))}
            </option>
          ))}
        </Select>
      </Field>
      <SectorChecks form={form} onChange={onChange} />
      <YearFields form={form} onChange={onChange} />
    </div>
  );
}
