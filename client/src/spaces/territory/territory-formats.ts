import { locale } from "../../i18n/text.ts";

const count = new Intl.NumberFormat(locale);
/** A signature's day, as it was typed: read in UTC so that no time zone moves it to the day before. */
const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });

export const formatCount = (value: number) => count.format(value);

export const formatDay = (isoDate: string) => day.format(new Date(`${isoDate}T00:00:00Z`));
