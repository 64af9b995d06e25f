import { useEffect } from "react";
import { t } from "../i18n/text.ts";

/** Each page names itself in the tab and for screen readers, which announce the title on navigation. */
export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = page ? t.app.pageTitle(page) : t.app.name;
  }, [page]);
}
