/**
 * The pane: header (title, host status, language), the top-level views (one tab each, see views/),
 * and in preview mode the in-memory workbook beside the views (below them in a narrow pane).
 */
import {
  Badge,
  FluentProvider,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
  Spinner,
} from "@fluentui/react-components";
import { type ReactNode, Suspense, useState, useSyncExternalStore } from "react";
import { LanguageSwitch } from "./components/LanguageSwitch/LanguageSwitch";
import { ViewTabs } from "./components/ViewTabs/ViewTabs";
import type { HostState, HostStore } from "./host/connect";
import { HostContext, useHostState } from "./host/context";
import { I18nProvider, type Locale, localeFromLanguage, useI18n } from "./i18n";
import { LazyPreviewWorkbook } from "./components/PreviewWorkbook/lazy";
import { VIEWS, type ViewDef } from "./views";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  layout: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    // Wide enough for both (a browser, not a task pane): the workbook beside the views, each scrolling on its own.
    "@media (min-width: 880px)": {
      gridTemplateColumns: "minmax(340px, 460px) minmax(0, 1fr)",
      height: "100vh",
    },
  },
  pane: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    "@media (min-width: 880px)": { overflowY: "auto" },
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1 },
  main: { padding: tokens.spacingHorizontalM },
  preview: {
    padding: tokens.spacingHorizontalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    "@media (min-width: 880px)": {
      borderTop: "none",
      borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowY: "auto",
    },
  },
});

function HostBadge() {
  const { t } = useI18n();
  const { mode } = useHostState();
  return (
    <Badge
      appearance="outline"
      color={mode === "excel" ? "success" : mode === "preview" ? "informative" : "subtle"}
      size="small"
    >
      {t.hostStatus[mode]}
    </Badge>
  );
}

function Shell({ views }: { views: ViewDef[] }) {
  const s = useStyles();
  const { t } = useI18n();
  const hostState = useHostState();
  const [viewId, setViewId] = useState(views[0].id);
  // A view mounts when its tab is first opened (the pane starts fast), then stays mounted.
  const [opened, setOpened] = useState(() => new Set([views[0].id]));
  return (
    <div className={s.layout}>
      <div className={s.pane}>
        <header className={s.header}>
          <Text as="h1" className={s.title} weight="semibold" size={400}>
            {t.appTitle}
          </Text>
          <HostBadge />
          <LanguageSwitch />
        </header>
        {views.length > 1 && (
          // In a navigation landmark, so every part of the page is in one (the header, the views, the main).
          <nav>
            <ViewTabs
              label={t.views.label}
              tabs={views.map((v) => ({ id: v.id, label: v.label(t) }))}
              selected={viewId}
              onSelect={(id) => {
                setViewId(id);
                setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
              }}
            />
          </nav>
        )}
        <main className={s.main}>
          {/* Every opened view stays mounted, so switching tabs keeps what the user typed. */}
          {views.map(({ id, Component }) =>
            opened.has(id) ? (
              <div key={id} hidden={id !== viewId}>
                <Suspense fallback={<Spinner size="small" label={t.views.loading} />}>
                  <Component />
                </Suspense>
              </div>
            ) : null
          )}
        </main>
      </div>
      {hostState.mode === "preview" && (
        <aside className={s.preview}>
          <Suspense fallback={<Spinner size="small" label={t.views.loading} />}>
            <LazyPreviewWorkbook workbook={hostState.host} />
          </Suspense>
        </aside>
      )}
    </div>
  );
}

/** Language, theme and host for everything inside: the App's frame, and the tests' for a single component. */
export function PaneProviders(props: {
  hostState: HostState;
  initialLocale: Locale;
  children: ReactNode;
}) {
  const s = useStyles();
  const { hostState } = props;
  return (
    <I18nProvider
      initialLocale={props.initialLocale}
      hostLanguage={hostState.mode === "excel" ? hostState.displayLanguage : undefined}
    >
      <FluentProvider theme={webLightTheme} className={s.provider}>
        <HostContext.Provider value={hostState}>{props.children}</HostContext.Provider>
      </FluentProvider>
    </I18nProvider>
  );
}

export interface AppProps {
  store: HostStore;
  /** Before the host reports Office's display language: the browser's. */
  initialLocale?: Locale;
  views?: ViewDef[];
}

export function App({
  store,
  initialLocale = localeFromLanguage(navigator.language),
  views = VIEWS,
}: AppProps) {
  const hostState = useSyncExternalStore(store.subscribe, store.get);
  return (
    <PaneProviders hostState={hostState} initialLocale={initialLocale}>
      <Shell views={views} />
    </PaneProviders>
  );
}
