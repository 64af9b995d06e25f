import { useRef, useState } from "react";
import { useParams } from "wouter";
import { storedFacilitatorSecret } from "../../access/facilitator-secret.ts";
import { invitationInLink } from "../../access/invitation-link.ts";
import { accessApi } from "../../api/access-api.ts";
import { failureMessage } from "../../api/request.ts";
import { locale, t } from "../../i18n/text.ts";
import { LiveJoinCodes } from "./live-join-codes.tsx";
import { useJoinCode } from "./use-join-code.ts";
import "./join-code.css";

const UNTIL = new Intl.DateTimeFormat(locale, { weekday: "long", hour: "2-digit", minute: "2-digit" });
const until = (expiresAt: number) => t.joinCode.until(UNTIL.format(expiresAt));

/**
 * Under the projected link: a short code for it in one click (the link's token is sent to the server, which keeps
 * only the code's hash), or the current one, its end and a way to withdraw it; then the space's other live codes.
 */
export function JoinCodeControl({ boardId, link }: { boardId: string; link: string }) {
  // The board's route names its space: the facilitator's tools are only ever shown there.
  const { spaceId = "" } = useParams<{ spaceId: string }>();
  const [code, setCode] = useJoinCode(boardId, link);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Takes the focus when the list of other codes goes with the last one withdrawn.
  const control = useRef<HTMLDivElement>(null);
  const token = invitationInLink(link)?.token;
  const secret = storedFacilitatorSecret(spaceId);

  async function run(work: (secret: string) => Promise<void>) {
    if (!secret) return;
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await work(secret);
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const create = (token: string) =>
    run(async (secret) => {
      const created = await accessApi.createCode(spaceId, secret, { token });
      setCode({ id: created.id, code: created.code, expiresAt: created.expiresAt, link });
    });
  const withdraw = (id: string) =>
    run(async (secret) => {
      await accessApi.withdrawCode(spaceId, secret, id);
      setCode(null);
      setStatus(t.joinCode.withdrawn);
    });

  return (
    <div className="join-code-control" ref={control} tabIndex={-1}>
      <p className="join-code-control__hint">{t.joinCode.toolHint}</p>
      {!token && <p className="join-code-control__hint">{t.joinCode.notInvitation}</p>}
      {token && !secret && <p className="join-code-control__hint">{t.joinCode.noSecret}</p>}
      {code ? (
        <p className="join-code-control__current">
          {t.joinCode.current} <strong className="join-code-control__code">{code.code}</strong> {until(code.expiresAt)}
        </p>
      ) : null}
      {token && secret && (
        <div className="participation-link__actions">
          {code ? (
            <button type="button" className="button button--small" disabled={busy} onClick={() => withdraw(code.id)}>
              {t.joinCode.withdraw}
            </button>
          ) : (
            <button type="button" className="button button--small" disabled={busy} onClick={() => create(token)}>
              {busy ? t.joinCode.creating : t.joinCode.create}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
      <p className="participation-link__saved" role="status">
        {status ?? ""}
      </p>
      {secret && (
        <LiveJoinCodes
          key={code?.id}
          spaceId={spaceId}
          secret={secret}
          shownId={code?.id ?? null}
          until={until}
          onWithdrawn={(entry, listEmptied) => {
            setStatus(t.joinCode.otherWithdrawn(entry.label));
            if (listEmptied) control.current?.focus();
          }}
        />
      )}
    </div>
  );
}
