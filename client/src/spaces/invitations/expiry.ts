import { locale } from "../../i18n/text.ts";
/** The last millisecond of a local calendar day: a link valid "until the 12th" works all through the 12th. */
export function endOfDay(day: Date): number {
  const end = new Date(day);
  end.setHours(23, 59, 59, 999);
  return end.getTime();
}

/** A date input's value ("2025-03-12"), read in local time; null when it is not a full date. */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  return new Date(year, month - 1, day);
}

/** The value a date input takes for a day, in local time (toISOString would give the UTC day). */
export function dayValue(date: Date): string {
  const pad = (part: number) => String(part).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });

export function formatMoment(epochMs: number): string {
  return dateTime.format(epochMs);
}
