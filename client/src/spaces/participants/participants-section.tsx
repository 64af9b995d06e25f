import type { ParticipantView } from "@atelier/shared";
import { useEffect, useState } from "react";
import { accessApi } from "../../api/access-api.ts";
import { failureMessage } from "../../api/request.ts";
import { locale, t } from "../../i18n/text.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";

type ParticipantsState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; participants: ParticipantView[] };

const joinedOn = new Intl.DateTimeFormat(locale, { dateStyle: "long" });

/**
 * Who joined through the space's links, for facilitators: RGPD lets anyone ask to be forgotten, and the
 * facilitator erases them here (name, access, cards and votes, on every board).
 */
export function ParticipantsSection({ spaceId, secret }: { spaceId: string; secret: string }) {
  const [state, setState] = useState<ParticipantsState>({ status: "loading" });
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    let current = true;
    accessApi.participants(spaceId, secret).then(
      (participants) => current && setState({ status: "ready", participants }),
      (error: unknown) => current && setState({ status: "failed", message: failureMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [spaceId, secret]);

  async function erase(participant: ParticipantView) {
    const erased = await accessApi.erase(spaceId, secret, participant.id);
    setState((previous) =>
      previous.status === "ready"
        ? { status: "ready", participants: previous.participants.filter((p) => p.id !== participant.id) }
        : previous,
    );
    setAnnouncement(t.participants.erased(participant.displayName, erased.cards, erased.votes));
  }

  return (
    <section className="panel participants" aria-labelledby="participants-title">
      <h2 id="participants-title">{t.participants.title}</h2>
      <p className="muted">{t.participants.intro}</p>
      {state.status === "loading" && <p className="muted">{t.participants.loading}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" &&
        (state.participants.length === 0 ? (
          <p className="muted">{t.participants.empty}</p>
        ) : (
          <ul className="participants__list">
            {state.participants.map((participant) => (
              <li key={participant.id} className="participants__item">
                <span>
                  <strong>{participant.displayName}</strong>
                  {participant.organisation && ` · ${participant.organisation}`}
                  <span className="muted">
                    {" "}
                    · {t.roles[participant.role]} · {t.participants.joined(joinedOn.format(participant.createdAt))}
                  </span>
                </span>
                <ConfirmButton
                  label={t.participants.erase}
                  accessibleLabel={t.participants.eraseLabel(participant.displayName)}
                  question={t.participants.eraseQuestion(participant.displayName)}
                  confirmLabel={t.participants.eraseConfirm}
                  onConfirm={() => erase(participant)}
                />
              </li>
            ))}
          </ul>
        ))}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
