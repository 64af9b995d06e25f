import { Link } from "wouter";
import { t } from "../i18n/text.ts";
import { homePath } from "../routes.ts";
import { PageMessage } from "../ui/page-message.tsx";

/** The space could not be loaded: unknown id, or the server out of reach. */
export function SpaceUnavailable({ message }: { message: string }) {
  return (
    <PageMessage tone="error" title={t.space.unavailableTitle}>
      <p>{message}</p>
      <p>
        <Link href={homePath}>{t.errors.backHome}</Link>
      </p>
    </PageMessage>
  );
}
