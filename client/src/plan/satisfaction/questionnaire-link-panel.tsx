import type { OpenedSatisfactionView } from "@atelier/shared";
import { useEffect, useId, useRef } from "react";
import { t } from "../../i18n/text.ts";
import { questionnaireLink } from "../../satisfaction/questionnaire-link.ts";
import { LinkToShare } from "../../spaces/invitations/link-to-share.tsx";

/** The only moment the link exists in full: the server keeps just a hash of its token. */
export function QuestionnaireLinkPanel({
  opened,
  onDismiss,
}: {
  opened: OpenedSatisfactionView;
  onDismiss: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Whoever opened the questionnaire learns at once that its link is there, keyboard and screen reader included.
    heading.current?.focus();
  }, []);

  return (
    <section className="panel questionnaire-link" aria-labelledby={id}>
      <h4 ref={heading} id={id} tabIndex={-1}>
        {t.satisfaction.linkTitle(opened.year)}
      </h4>
      <p>{t.satisfaction.linkShownOnce}</p>
      <LinkToShare
        link={questionnaireLink(opened.token)}
        words={t.satisfaction}
        qrAlt={t.satisfaction.qrAlt(opened.year)}
      />
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t.satisfaction.dismissLink}
      </button>
    </section>
  );
}
