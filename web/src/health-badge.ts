import { latestPoint, type SeriesValues } from "./series";

/** How a health score reads at a glance: good from 80, fair from 50, poor below, none without data. */
export type HealthLevel = "good" | "fair" | "poor" | "none";

/** The score of the newest bucket that has one; null when the VM sent no samples in the whole window. */
export function newestScore(score: SeriesValues): number | null {
  return latestPoint(score)?.value ?? null;
}

export function healthLevel(score: number | null): HealthLevel {
  if (score === null) return "none";
  if (score >= 80) return "good";
  if (score >= 50) return "fair";
  return "poor";
}

const LEVEL_LABELS: Record<HealthLevel, string> = {
  good: "healthy",
  fair: "degraded",
  poor: "unhealthy",
  none: "no data",
};

/** The badge's tooltip: "Health 92 of 100 (healthy), newest hour of the last 24 h", or "no data". */
export function healthBadgeTitle(score: number | null): string {
  if (score === null) return "no data";
  return `Health ${score} of 100 (${LEVEL_LABELS[healthLevel(score)]}), newest hour with samples in the last 24 h`;
}
