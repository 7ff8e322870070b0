/**
 * Whether `value` is a day of the calendar written YYYY-MM-DD: "2024-02-29" is, "2024-02-30"
 * and "2023-02-29" are not. The CLI's and the API's date options both check with this.
 */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(+m[1], +m[2] - 1, +m[3]);
  return date.toISOString().slice(0, 10) === value;
}
