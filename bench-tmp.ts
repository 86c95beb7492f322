import { calculate } from "./src";
const t = (label: string, f: () => unknown) => { const s = process.hrtime.bigint(); f(); console.log(label, Number(process.hrtime.bigint() - s) / 1e6, "ms"); };
const blanks = Array.from({ length: 100_000 }, () => [null]);
t("warm", () => calculate("EACH", ["HZ_SCENARIO_AWARD", blanks.slice(0, 1000)]));
t("EACH 100k blank", () => calculate("EACH", ["HZ_SCENARIO_AWARD", blanks]));
const nums = Array.from({ length: 100_000 }, (_, i) => [i * 10]);
t("EACH 100k numbers", () => calculate("EACH", ["HZ_SCENARIO_AWARD", nums]));
// a clause with an amounts param
import { clauses } from "./src/policies";
const fns = clauses.filter(c => c.fn).map(c => c.fn!);
const withRange = fns.filter(f => f.params.some(p => p.kind === "amounts")).map(f => `${f.name}(${f.params.map(p=>p.name+":"+p.kind).join(",")})`);
console.log(withRange);
Error.stackTraceLimit = 0;
t("EACH 100k blank, no stacks", () => calculate("EACH", ["HZ_SCENARIO_AWARD", blanks]));
Error.stackTraceLimit = 10;
t("EACH 100k blank again", () => calculate("EACH", ["HZ_SCENARIO_AWARD", blanks]));
const prices = Array.from({ length: 4000 }, () => [1000]);
const many = Array.from({ length: 4000 }, () => [0]);
t("EACH 4000 x 4000 first set", () => calculate("EACH", ["HLJ_FIRST_SET_AWARD", prices, many]));
