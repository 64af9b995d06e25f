import type { BoardView } from "@atelier/shared";
import type { Ref } from "react";
import { useState } from "react";
import { useParams } from "wouter";
import { storedFacilitatorSecret } from "../../access/facilitator-secret.ts";
import { invitationLink } from "../../access/invitation-link.ts";
import { accessApi } from "../../api/access-api.ts";
import { t } from "../../i18n/text.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { habitantLinkLabel } from "./habitant-link-label.ts";
import "./new-habitant-link.css";

interface NewHabitantLinkProps {
  /** The link opens this board alone; its theme names the link on the space page. */
  board: Pick<BoardView, "id" | "theme">;
  /** The link made, whole (its token is shown nowhere else), and the label it is listed under. */
  onCreated: (link: string, label: string) => void;
  /** The button, for the form to give it the focus back. */
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A link shown on the meeting room's screen may be photographed and passed on: it lets people in for the evening's
 * workshop and the day after, no longer (those who joined keep their own access). Longer-lived links are made on the
 * space page.
 */
function endOfTomorrow(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 2).getTime() - 1;
}

/**
 * In the facilitator's tools: a habitant link for this board only, made in one click in the meeting room, where the
 * links made earlier on the space page are no longer at hand (each is shown once).
 */
export function NewHabitantLink({ board, onCreated, ref }: NewHabitantLinkProps) {
  // The board's route names its space: the facilitator's tools are only ever shown there.
  const { spaceId = "" } = useParams<{ spaceId: string }>();
  const secret = storedFacilitatorSecret(spaceId);
  const [busy, setBusy] = useState(false);
  const { failure, run } = useAsyncAction();
  if (!secret) return null;

  async function create(secret: string) {
    setBusy(true);
    await run(async () => {
      const now = new Date();
      const label = habitantLinkLabel(board.theme, now);
      const created = await accessApi.invite(spaceId, secret, {
        role: "habitant",
        label,
        boardIds: [board.id],
        expiresAt: endOfTomorrow(now),
      });
      onCreated(invitationLink(created.token, created.role), created.label);
    });
    setBusy(false);
  }

  return (
    <div className="habitant-link">
      <p className="join-code-control__hint">{t.boardLayout.habitantLinkHint}</p>
      <div className="participation-link__actions">
        {/* aria-disabled rather than disabled: the button keeps the focus while the link is being made. */}
        <button
          ref={ref}
          type="button"
          className="button button--small"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) create(secret);
          }}
        >
          {busy ? t.boardLayout.habitantLinkCreating : t.boardLayout.habitantLinkCreate}
        </button>
      </div>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
