/** BJ-ROBOT-15's notes: the category note (pane and docs only; the clause has no function). */
import type { ClauseNotes } from "../../../catalog/types";

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-15",
  categoryNote: "international market",
};
