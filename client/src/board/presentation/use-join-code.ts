import { useMemo, useState } from "react";
import { useParams } from "wouter";
import { storedFacilitatorSecret } from "../../access/facilitator-secret.ts";
import { invitationInLink } from "../../access/invitation-link.ts";
import { accessApi } from "../../api/access-api.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { useProjected } from "./use-participation-link.ts";

/** A short code made for the projected link: shown once by the server, so kept here like the link. */
export interface ProjectedCode {
  id: string;
  /** As shown, `K7MX-42QF`. */
  code: string;
  expiresAt: number;
  /** The participation link it stands for: a code made for another link is not shown with this one. */
  link: string;
}

/** The short address the code's QR code holds, on the link's own host: `https://host/c/K7MX42QF`. */
export function shortCodeUrl(projected: ProjectedCode): string {
  return `${new URL(projected.link).origin}/c/${projected.code.replace("-", "")}`;
}

/** What one types before the code: the link's host and `/c`. */
export function shortCodeAddress(projected: ProjectedCode): string {
  return `${new URL(projected.link).host}/c`;
}

/** What this browser kept of a projected code; a copy it cannot read (another version, a hand edit) is forgotten. */
function projectedIn(stored: string | null): ProjectedCode | null {
  if (stored === null) return null;
  try {
    return JSON.parse(stored) as ProjectedCode;
  } catch {
    return null;
  }
}

/** The code projected with a board's link, while it is for that link and not expired, and how to set or forget it. */
export function useJoinCode(
  boardId: string,
  link: string | null,
): [ProjectedCode | null, (code: ProjectedCode | null) => void] {
  const [stored, setStored] = useProjected(`atelier:join-code:${boardId}`);
  const code = useMemo(() => projectedIn(stored), [stored]);
  const current = code && code.link === link && code.expiresAt > Date.now() ? code : null;
  return [current, (next) => setStored(next && JSON.stringify(next))];
}

/**
 * The projected code and how to make or withdraw it, for the tools and the presentation alike: `create` is null when
 * this browser cannot make one (the link is no invitation, or the space's facilitator link was not opened here).
 */
export function useJoinCodeMaker(boardId: string, link: string | null) {
  // The board's route names its space: the facilitator's tools are only ever shown there.
  const { spaceId = "" } = useParams<{ spaceId: string }>();
  const [code, setCode] = useJoinCode(boardId, link);
  const [busy, setBusy] = useState(false);
  const { failure, run } = useAsyncAction();
  const token = link ? invitationInLink(link)?.token : undefined;
  const secret = storedFacilitatorSecret(spaceId);

  async function busyWhile(work: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    const done = await run(work);
    setBusy(false);
    return done;
  }

  const create =
    token && secret && link
      ? () =>
          busyWhile(async () => {
            const created = await accessApi.createCode(spaceId, secret, { token });
            setCode({ id: created.id, code: created.code, expiresAt: created.expiresAt, link });
          })
      : null;
  /** Resolves with whether the code was withdrawn. */
  const withdraw = (id: string) =>
    secret
      ? busyWhile(async () => {
          await accessApi.withdrawCode(spaceId, secret, id);
          setCode(null);
        })
      : Promise.resolve(false);

  return { spaceId, secret, token, code, busy, failure, create, withdraw };
}
