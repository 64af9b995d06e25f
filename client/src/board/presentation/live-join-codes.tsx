import type { LiveJoinCodeView } from "@atelier/shared";
import { useEffect, useRef, useState } from "react";
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
  /**
   * Told once a listed code is withdrawn, to say so in the control's live region; `listEmptied` when this list went
   * with it, and the focus (on the withdrawn code's button) with it: the control then takes it.
   */
  onWithdrawn: (entry: LiveJoinCodeView, listEmptied: boolean) => void;
}

/**
 * The space's other codes still letting people in, made on another laptop or for another link, so that they can be
 * withdrawn from any facilitator's device. Asked when mounted: the control mounts it again when its code changes.
 */
export function LiveJoinCodes({ spaceId, secret, shownId, until, onWithdrawn }: LiveJoinCodesProps) {
  const [codes, setCodes] = useState<LiveJoinCodeView[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

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

  async function withdraw(withdrawn: LiveJoinCodeView) {
    setBusy(true);
    setError(null);
    try {
      await accessApi.withdrawCode(spaceId, secret, withdrawn.id);
      const left = codes.filter((entry) => entry.id !== withdrawn.id);
      setCodes(left);
      const listEmptied = !left.some((entry) => entry.id !== shownId);
      // The withdrawn code's button goes: the focus moves to the list's heading rather than fall to the page's body.
      if (!listEmptied) heading.current?.focus();
      onWithdrawn(withdrawn, listEmptied);
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
      <h4 ref={heading} tabIndex={-1}>
        {t.joinCode.othersTitle}
      </h4>
      <p className="join-code-control__hint">{t.joinCode.othersHint}</p>
      <ul className="join-code-control__list">
        {others.map((entry) => (
          <li key={entry.id}>
            <span>
              {entry.label} ({t.roles[entry.role]}), {until(entry.expiresAt)}
            </span>{" "}
            <button
              type="button"
              className="button button--small"
              aria-label={t.joinCode.withdrawOther(entry.label, t.roles[entry.role])}
              disabled={busy}
              onClick={() => withdraw(entry)}
            >
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
