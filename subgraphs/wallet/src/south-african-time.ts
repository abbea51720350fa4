/** `YYYY-MM-DD HH:MM:SS` in Africa/Johannesburg (UTC+2 all year, no daylight saving). */
export function southAfricanDateTime(at: Date): string {
  const local = new Date(at.getTime() + 2 * 60 * 60 * 1000);
  return local.toISOString().slice(0, 19).replace("T", " ");
}
