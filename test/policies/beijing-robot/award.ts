/** What the BJ-ROBOT clause tests call: a function's award for arguments as Excel passes them. */
import { calculate } from "../../../src";

export const award = (name: string, ...args: unknown[]): number => calculate(name, args) as number;
