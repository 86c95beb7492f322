/** The cells and defined names of a sheet plan, in the order a generator's blocks write them. */
import type { PlanCell, PlanName } from "./plan";

export class Cells {
  readonly cells: PlanCell[] = [];
  readonly names: PlanName[] = [];
  put(row: number, col: number, cell: Omit<PlanCell, "row" | "col">): void {
    this.cells.push({ row, col, ...cell });
  }
  /** Defines a name over a cell (or `rows` × 1 cells) and returns it. */
  name(name: string, row: number, col: number, rows = 1, cols = 1): string {
    this.names.push({ name, row, col, rows, cols });
    return name;
  }
}
