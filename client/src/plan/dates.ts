import { locale } from "../i18n/text.ts";

const DAY = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
const DAY_AND_TIME = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });

/** "12 mars 2024" from a timestamp or an ISO day ("2024-03-12", read as that day wherever the reader is). */
export function formatDate(date: number | string): string {
  return DAY.format(typeof date === "string" ? new Date(`${date}T12:00:00`) : date);
}

/** "12 mars 2024 à 14:05". */
export function formatDateTime(timestamp: number): string {
  return DAY_AND_TIME.format(timestamp);
}
