import { t } from "../i18n/text.ts";
import type { ConnectionStatus as Status } from "./use-document-connection.ts";
import "./connection-status.css";

export function ConnectionStatus({ status }: { status: Status }) {
  return (
    <p className={`connection connection--${status}`} role="status" aria-label={t.board.statusLabel}>
      <span className="connection__dot" aria-hidden="true" />
      {t.board.status[status]}
    </p>
  );
}
