import { useEffect, useState } from "react";
import { claimSecretFromAddress, storedFacilitatorSecret } from "./facilitator-secret.ts";

/** The facilitator secret this browser holds for a space, including one just received through a link. */
export function useFacilitatorSecret(spaceId: string): string | null {
  const [secret, setSecret] = useState(() => {
    claimSecretFromAddress(spaceId);
    return storedFacilitatorSecret(spaceId);
  });

  useEffect(() => {
    // A link pasted into the address bar of an open page only changes the fragment.
    const onHashChange = () => {
      claimSecretFromAddress(spaceId);
      setSecret(storedFacilitatorSecret(spaceId));
    };
    onHashChange();
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [spaceId]);

  return secret;
}
