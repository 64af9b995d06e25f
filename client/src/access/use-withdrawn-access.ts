import type { HocuspocusProvider, onCloseParameters } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import { accessApi } from "../api/access-api.ts";
import { ApiError } from "../api/request.ts";
import { inReadersWords } from "../i18n/close-reason.ts";

/**
 * Why the server withdrew this page's access while it was open (link revoked or expired, participation erased), or
 * null. The server closes such a connection with the reason; the provider reports a network drop or a restart the
 * same way, so `/me` tells them apart before the page gives up.
 */
export function useWithdrawnAccess(provider: HocuspocusProvider | undefined, spaceId: string, token: string) {
  const [reason, setReason] = useState<string | null>(null);

  useEffect(() => {
    if (!provider) return;
    let current = true;
    const onClose = ({ event }: onCloseParameters) => {
      accessApi.me(spaceId, token).catch(async (error: unknown) => {
        if (!(error instanceof ApiError && error.status === 401)) return;
        const reason = event.reason ? await inReadersWords(event.reason) : error.message;
        if (current) setReason(reason);
      });
    };
    provider.on("close", onClose);
    return () => {
      current = false;
      provider.off("close", onClose);
    };
  }, [provider, spaceId, token]);

  return reason;
}
