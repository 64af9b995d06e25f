import { useEffect, useId, useState } from "react";
import { publicPageApi } from "../../api/public-page-api.ts";
import { failureMessage } from "../../api/request.ts";
import { t } from "../../i18n/text.ts";
import { publicPagePath } from "../../routes.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { LinkToShare } from "../invitations/link-to-share.tsx";
import "./public-page-section.css";

const linkWords = {
  linkLabel: t.publicPage.linkLabel,
  copy: t.publicPage.copy,
  copied: t.invitations.copied,
  copyFailed: t.invitations.copyFailed,
};

type PublicationState =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "ready"; slug: string | null };

/** Facilitators publish (or take down) the page "Ce que nous avons retenu", then hand out its address and QR code. */
export function PublicPageSection({ spaceId, secret }: { spaceId: string; secret: string }) {
  const id = useId();
  const [state, setState] = useState<PublicationState>({ status: "loading" });
  const { failure, run } = useAsyncAction();

  useEffect(() => {
    let current = true;
    publicPageApi.status(spaceId, secret).then(
      ({ slug }) => current && setState({ status: "ready", slug }),
      (error: unknown) => current && setState({ status: "failed", message: failureMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [spaceId, secret]);

  const publish = () =>
    run(async () => setState({ status: "ready", slug: (await publicPageApi.publish(spaceId, secret)).slug }));

  async function unpublish() {
    await publicPageApi.unpublish(spaceId, secret);
    setState({ status: "ready", slug: null });
  }

  const link = state.status === "ready" && state.slug ? `${window.location.origin}${publicPagePath(state.slug)}` : null;

  return (
    <section className="panel public-page-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.publicPage.sectionTitle}</h2>
      <p className="muted">{t.publicPage.sectionIntro}</p>
      <p>{t.publicPage.descriptionWarning}</p>
      {state.status === "loading" && <p className="muted">{t.publicPage.loadingStatus}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && !link && (
        <div className="actions">
          <p className="muted">{t.publicPage.notPublished}</p>
          <button type="button" className="button button--primary" onClick={publish}>
            {t.publicPage.publish}
          </button>
        </div>
      )}
      {link && (
        <>
          <LinkToShare link={link} words={linkWords} qrAlt={t.publicPage.qrAlt} />
          <div className="actions">
            <a className="button" href={link} target="_blank" rel="noreferrer">
              {t.publicPage.open}
            </a>
            <ConfirmButton
              label={t.publicPage.unpublish}
              question={t.publicPage.unpublishQuestion}
              confirmLabel={t.publicPage.unpublishConfirm}
              onConfirm={unpublish}
            />
          </div>
        </>
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
