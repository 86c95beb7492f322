/** HLJ-AI-11a's notes: the category note (pane and docs only; the clause has no function). */
import type { ClauseNotes } from "../../../catalog/types";

export const notes: ClauseNotes = {
  id: "HLJ-AI-11a",
  categoryNote: "events",
};
