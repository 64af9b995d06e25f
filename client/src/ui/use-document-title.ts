import { useEffect } from "react";
import { fr } from "../i18n/fr.ts";

/** Each page names itself in the tab and for screen readers, which announce the title on navigation. */
export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = page ? fr.app.pageTitle(page) : fr.app.name;
  }, [page]);
}
