/** How full a guest file system is, for its bar's colour: 80 % is a warning, 90 % critical. */
export type DiskUsageLevel = "ok" | "warning" | "critical";

export function diskUsageLevel(usedPercent: number): DiskUsageLevel {
  if (usedPercent >= 90) return "critical";
  if (usedPercent >= 80) return "warning";
  return "ok";
}

/** A bar's width in percent: the share used, kept within the bar. */
export const barWidthPercent = (usedPercent: number): number => Math.min(100, Math.max(0, usedPercent));
