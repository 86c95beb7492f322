/**
 * The sectors the shipped documents serve. A sector is shared by documents (robots: Heilongjiang,
 * Shandong and Beijing), so its record lives here and each document names it in `sectors`; a new
 * document may bring a sector of its own the same way.
 */
import type { ScenarioSector } from "../catalog/types";

export const ROBOTS = {
  code: "ROBOTS" as const,
  label: { en: "Intelligent robots", zh: "智能机器人" },
  inList: { en: "robots", zh: "机器人" },
} satisfies ScenarioSector;

export const HUMANOID = {
  code: "HUMANOID" as const,
  label: { en: "Humanoid robots", zh: "人形机器人" },
  inList: { en: "humanoid robots", zh: "人形机器人" },
} satisfies ScenarioSector;

export const AI = {
  code: "AI" as const,
  label: { en: "Artificial intelligence", zh: "人工智能" },
  inList: { en: "artificial intelligence", zh: "人工智能" },
} satisfies ScenarioSector;
