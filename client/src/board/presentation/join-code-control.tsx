import { useRef, useState } from "react";
import { locale, t } from "../../i18n/text.ts";
import { LiveJoinCodes } from "./live-join-codes.tsx";
import { useJoinCodeMaker } from "./use-join-code.ts";
import "./join-code.css";

const UNTIL = new Intl.DateTimeFormat(locale, { weekday: "long", hour: "2-digit", minute: "2-digit" });
const until = (expiresAt: number) => t.joinCode.until(UNTIL.format(expiresAt));

/**
 * Under the projected link: a short code for it in one click (the link's token is sent to the server, which keeps
 * only the code's hash), or the current one, its end and a way to withdraw it; then the space's other live codes.
 */
export function JoinCodeControl({ boardId, link }: { boardId: string; link: string }) {
  const { spaceId, secret, token, code, busy, failure, create, withdraw } = useJoinCodeMaker(boardId, link);
  const [status, setStatus] = useState<string | null>(null);
  // Takes the focus when the list of other codes goes with the last one withdrawn.
  const control = useRef<HTMLDivElement>(null);

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
      {create && (
        <div className="participation-link__actions">
          {code ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={async () => {
                setStatus(null);
                if (await withdraw(code.id)) setStatus(t.joinCode.withdrawn);
              }}
            >
              {t.joinCode.withdraw}
            </button>
          ) : (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => {
                setStatus(null);
                create();
              }}
            >
              {busy ? t.joinCode.creating : t.joinCode.create}
            </button>
          )}
        </div>
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
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
