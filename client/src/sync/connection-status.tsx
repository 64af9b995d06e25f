import { fr } from "../i18n/fr.ts";
import type { ConnectionStatus as Status } from "./use-document-connection.ts";

export function ConnectionStatus({ status }: { status: Status }) {
  return (
    <p className={`connection connection--${status}`} role="status" aria-label={fr.board.statusLabel}>
      <span className="connection__dot" aria-hidden="true" />
      {fr.board.status[status]}
    </p>
  );
}
