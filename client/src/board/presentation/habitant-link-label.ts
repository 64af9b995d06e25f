import { INVITATION_LABEL_MAX } from "@atelier/shared";
import { locale, t } from "../../i18n/text.ts";

const DAY = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });

/**
 * How a link made from the board's tools is listed on the space page: the workshop and its day, so that the
 * facilitator can tell it from the others and revoke it afterwards. A long theme is shortened to fit.
 */
export function habitantLinkLabel(theme: string, now: Date): string {
  const day = DAY.format(now);
  const label = t.boardLayout.habitantLinkLabel(theme, day);
  const excess = label.length - INVITATION_LABEL_MAX;
  return excess > 0 ? t.boardLayout.habitantLinkLabel(`${theme.slice(0, -(excess + 1)).trimEnd()}…`, day) : label;
}
