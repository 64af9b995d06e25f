import { useEffect } from "react";
import { useDocumentConnection } from "../sync/use-document-connection.ts";
import type { Participant } from "./participant.ts";

/**
 * A board's document, with this participant's presence (name, colour, role) shared with the others once they are
 * known: the document may be asked for before, the others see no one until then.
 */
export function useBoardConnection(documentName: string, token: string | null, participant: Participant | null) {
  const connection = useDocumentConnection(documentName, token);
  const provider = connection?.provider;
  useEffect(() => {
    if (participant) provider?.setAwarenessField("user", participant);
  }, [provider, participant]);
  return connection;
}
