import type { LiveJoinCodeView } from "@atelier/shared";
import { useEffect, useState } from "react";
import { accessApi } from "../../api/access-api.ts";
import { failureMessage } from "../../api/request.ts";
import { t } from "../../i18n/text.ts";

interface LiveJoinCodesProps {
  spaceId: string;
  secret: string;
  /** The code this browser shows, which has its own way to be withdrawn: left out of the list. */
  shownId: string | null;
  /** A code's end, as the control words it. */
  until: (expiresAt: number) => string;
}

/**
 * The space's other codes still letting people in, made on another laptop or for another link, so that they can be
 * withdrawn from any facilitator's device. Asked when mounted: the control mounts it again when its code changes.
 */
export function LiveJoinCodes({ spaceId, secret, shownId, until }: LiveJoinCodesProps) {
  const [codes, setCodes] = useState<LiveJoinCodeView[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    accessApi.liveCodes(spaceId, secret).then(
      (live) => current && setCodes(live),
      (failure: unknown) => current && setError(failureMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [spaceId, secret]);

  async function withdraw(id: string) {
    setBusy(true);
    setError(null);
    try {
      await accessApi.withdrawCode(spaceId, secret, id);
      setCodes((previous) => previous.filter((entry) => entry.id !== id));
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const others = codes.filter((entry) => entry.id !== shownId);
  if (others.length === 0 && !error) return null;
  return (
    <div className="join-code-control__others">
      <h4>{t.joinCode.othersTitle}</h4>
      <p className="join-code-control__hint">{t.joinCode.othersHint}</p>
      <ul className="join-code-control__list">
        {others.map((entry) => (
          <li key={entry.id}>
            <span>
              {entry.label} ({t.roles[entry.role]}), {until(entry.expiresAt)}
            </span>{" "}
            <button type="button" className="button button--small" disabled={busy} onClick={() => withdraw(entry.id)}>
              {t.joinCode.withdraw}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
