/** Calendar arithmetic on ISO days (UTC). */
const MS = 86_400_000;

export const dayNumber = (day: string): number => Math.floor(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / MS);
export const dayString = (n: number): string => new Date(n * MS).toISOString().slice(0, 10);
export const addDays = (day: string, k: number): string => dayString(dayNumber(day) + k);

/** Every day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) out.push(dayString(n));
  return out;
}
