/** zh-CN / en-US, each named in its own language; the choice overrides Office's display language. */
import { ToggleButton, makeStyles } from "@fluentui/react-components";
import { LANGUAGES, useI18n } from "../../i18n";

const useStyles = makeStyles({
  root: { display: "flex" },
  // A language's name never breaks (中文 on two lines in a 320-pixel pane).
  button: { minWidth: "0", whiteSpace: "nowrap" },
});

export function LanguageSwitch() {
  const s = useStyles();
  const { t, locale, setLocale } = useI18n();
  return (
    <div className={s.root} role="group" aria-label={t.language}>
      {LANGUAGES.map((l) => (
        <ToggleButton
          key={l.locale}
          className={s.button}
          size="small"
          appearance="subtle"
          lang={l.locale}
          checked={locale === l.locale}
          onClick={() => setLocale(l.locale)}
        >
          {l.name}
        </ToggleButton>
      ))}
    </div>
  );
}
