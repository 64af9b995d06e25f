import { useEffect } from "react";
import { useDocumentConnection } from "../sync/use-document-connection.ts";
import type { Participant } from "./participant.ts";

/** A board's document, with this participant's presence (name, colour, role) shared with the others. */
export function useBoardConnection(documentName: string, token: string, participant: Participant) {
  const connection = useDocumentConnection(documentName, token);
  const provider = connection?.provider;
  useEffect(() => {
    provider?.setAwarenessField("user", participant);
  }, [provider, participant]);
  return connection;
}
