import type { Card } from "@atelier/shared";
import { locale, t } from "../../i18n/text.ts";

const TIME = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
const DAY = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" });
/** A card of another year (a board kept from one convention's year to the next) says which. */
const DAY_OF_YEAR = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" });
const FULL = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short" });
/** Edits within a minute of the creation are part of writing the card, not a later change. */
const EDIT_THRESHOLD_MS = 60_000;

function when(ms: number): string {
  const date = new Date(ms);
  const now = new Date();
  if (now.toDateString() === date.toDateString()) return t.surface.atTime(TIME.format(date));
  const day = (now.getFullYear() === date.getFullYear() ? DAY : DAY_OF_YEAR).format(date);
  return t.surface.onDay(day, TIME.format(date));
}

function Stamp({ ms, label }: { ms: number; label: (when: string) => string }) {
  const date = new Date(ms);
  return (
    <time dateTime={date.toISOString()} title={FULL.format(date)}>
      {label(when(ms))}
    </time>
  );
}

/** When the card was written and, if later, last edited: short, in French, the full date on hover. */
export function CardTimes({ card }: { card: Pick<Card, "createdAt" | "updatedAt"> }) {
  return (
    <>
      <Stamp ms={card.createdAt} label={t.surface.created} />
      {card.updatedAt - card.createdAt > EDIT_THRESHOLD_MS && (
        <>
          {", "}
          <Stamp ms={card.updatedAt} label={t.surface.edited} />
        </>
      )}
    </>
  );
}
