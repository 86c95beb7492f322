/**
 * English strings of the task pane's first screen (header, views, search, filters, the list): in
 * taskpane.js. The rest are in en.ts, a chunk of their own (strings.ts). Every user-visible word of the UI
 * lives in these files or their Chinese twins.
 */
import type { Category, DateCertainty } from "../../src/records";

export const enFirst = {
  appTitle: "Subsidy policies",
  language: "Language",
  views: {
    label: "Views",
    clauses: "Clauses",
    scenario: "Scenario",
    explain: "Explain",
    loading: "Loading…",
  },
  hostStatus: {
    connecting: "Connecting…",
    excel: "Excel",
    preview: "Preview",
  },
  search: {
    label: "Search clauses",
    placeholder: "研发, HZ_SC, cap, 上限…",
    clear: "Clear search",
  },
  filters: {
    region: "Region",
    allRegions: "All regions",
    category: "Category",
    allCategories: "All categories",
    hasFunction: "Has a function",
  },
  results: (shown: number, total: number) => `${shown} of ${total} clauses`,
  noResults: "No clause matches. Try fewer words or clear the filters.",
  document: {
    issued: "Issued",
    effective: "Effective",
    expiry: "Expires",
    dateNotStated: "not stated",
    certainty: { stated: "stated", inferred: "inferred", unknown: "unknown" } satisfies Record<
      DateCertainty,
      string
    >,
    stacking: "Stacking rule",
    noStacking: "none stated in the text",
    draft: "Draft · 征求意见稿",
    issuer: "Issuer",
    clauseCount: (n: number) => (n === 1 ? "1 clause" : `${n} clauses`),
  },
  categories: {
    "R&D": "R&D",
    "innovation-platform": "Innovation platforms",
    "key-tech": "Key technologies",
    "pilot-platform": "Pilot platforms",
    industrialization: "Industrialisation",
    "land-space": "Land and space",
    investment: "Investment",
    "digital-factory": "Digital factories",
    "revenue-milestone": "Revenue milestones",
    scenario: "Application scenarios",
    "launch-event": "Launch events",
    "first-set": "First sets",
    data: "Data",
    compute: "Computing power",
    model: "Models",
    "loan-interest": "Loan interest",
    leasing: "Leasing",
    standards: "Standards",
    ip: "Intellectual property",
    talent: "Talent",
    "listing-finance": "Listing and finance",
    other: "Other",
  } satisfies Record<Category, string>,
};

export type FirstStrings = typeof enFirst;
