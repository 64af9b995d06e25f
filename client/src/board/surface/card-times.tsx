import type { Card } from "@atelier/shared";
import { locale, t } from "../../i18n/text.ts";

const TIME = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
const DAY = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" });
const FULL = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short" });
/** Edits within a minute of the creation are part of writing the card, not a later change. */
const EDIT_THRESHOLD_MS = 60_000;

function when(ms: number): string {
  const date = new Date(ms);
  const today = new Date().toDateString() === date.toDateString();
  return today ? t.surface.atTime(TIME.format(date)) : t.surface.onDay(DAY.format(date), TIME.format(date));
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
