import { useEffect, useState } from "react";
import { Link } from "wouter";
import { publicPageApi } from "../api/public-page-api.ts";
import { t } from "../i18n/text.ts";
import { publicPagePath } from "../routes.ts";

/**
 * From the habitants' page to what the plan kept of their ideas, once the facilitators published it. Nothing shows
 * while it is not published, nor when the question fails: the link is a bonus, never in the way of contributing.
 */
export function PublicPageLink({ spaceId, token }: { spaceId: string; token: string }) {
  const [slug, setSlug] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    publicPageApi.status(spaceId, token).then(
      (status) => current && setSlug(status.slug),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [spaceId, token]);

  return slug && <Link href={publicPagePath(slug)}>{t.publicPage.participationLink}</Link>;
}
