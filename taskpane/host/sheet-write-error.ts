/**
 * A sheet plan that could not be written completely (a sync failed part-way: the connection dropped, a
 * request was too large, Excel refused a value). The host removes the half-written sheet before it
 * throws this, so a failed write leaves nothing behind; `removed` says whether that worked, so the pane
 * can tell the user which case they are in.
 */
export class SheetWriteError extends Error {
  constructor(
    readonly sheet: string,
    readonly removed: boolean,
    readonly reason: unknown
  ) {
    super(
      `The sheet ${sheet} could not be written${removed ? " and was removed" : ""}: ${
        reason instanceof Error ? reason.message : String(reason)
      }`
    );
    this.name = "SheetWriteError";
  }
}
