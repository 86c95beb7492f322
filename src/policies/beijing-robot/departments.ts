/**
 * The text names no responsible department (责任单位) for any measure: every clause records "none stated",
 * plus the implementer a measure itself names, shared by the clauses of that measure.
 */
export const NONE = "none stated";

/** Measure 一（三） (BJ-ROBOT-03a, 03b). */
export const MEASURE_3 = "none stated (「各产业集聚区对创新验证公共平台予以支持。」)";

/** Measure 二（六） (BJ-ROBOT-06a, 06b). */
export const MEASURE_6 = "none stated (「各产业集聚区出台区级机器人产业配套政策」)";
