/** Whether year-month-day names a day of the calendar (2021-02-30 does not; JavaScript's Date would roll it over). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years 0-99 would otherwise be read as 1900-1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The years a publication date may have: printing began after 1400, and nothing is published far ahead. */
export const EARLIEST_YEAR = 1800;
export function latestYear(): number {
  return new Date().getUTCFullYear() + 1;
}
