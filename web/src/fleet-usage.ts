import { formatMetric } from "./metric-format";

/** A fleet figure over the window: mean and highest sample in %, each null when no VM sent a sample. */
export interface UsageFigure {
  average: number | null | undefined;
  peak: number | null | undefined;
}

/** "12,5 % avg · 80 % peak"; null when there were no samples at all (shown as "no data", never 0 %). */
export function describeUsage({ average, peak }: UsageFigure): string | null {
  if (average == null && peak == null) return null;
  const part = (value: number | null | undefined) => (value == null ? "—" : formatMetric(value, "%"));
  return `${part(average)} avg · ${part(peak)} peak`;
}

/** What the figures cover: "3 VMs measured" (those that sent a sample in the window). */
export function measuredCaption(measuredVmCount: number): string {
  return measuredVmCount === 1 ? "1 VM measured" : `${measuredVmCount} VMs measured`;
}
