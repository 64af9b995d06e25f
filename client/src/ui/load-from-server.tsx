import { useEffect } from "react";
import { t } from "../i18n/text.ts";
import { PageMessage } from "./page-message.tsx";

/**
 * A page the phones' build does not draw (a partner who joined goes on to the space's page): the browser asks the
 * server for its address again, and gets the main build.
 */
export function LoadFromServer() {
  useEffect(() => window.location.reload(), []);
  return <PageMessage>{t.app.loadingPage}</PageMessage>;
}
