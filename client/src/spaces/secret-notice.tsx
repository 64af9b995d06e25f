import { useId } from "react";
import { facilitatorLink } from "../access/facilitator-secret.ts";
import { t } from "../i18n/text.ts";
import { spacePath } from "../routes.ts";
import { CopyButton } from "../ui/copy-button.tsx";

interface SecretNoticeProps {
  spaceId: string;
  secret: string;
  onDismiss: () => void;
}

export function SecretNotice({ spaceId, secret, onDismiss }: SecretNoticeProps) {
  const id = useId();
  const link = facilitatorLink(`${window.location.origin}${spacePath(spaceId)}`, secret);
  return (
    <section className="notice notice--warning" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.space.secretTitle}</h2>
      <p>{t.space.secretBody}</p>
      <label className="field__label" htmlFor={`${id}-link`}>
        {t.space.secretLinkLabel}
      </label>
      <input
        id={`${id}-link`}
        className="input input--code"
        value={link}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="actions">
        <CopyButton
          text={link}
          label={t.space.copy}
          copiedMessage={t.space.copied}
          failedMessage={t.space.copyFailed}
        />
        <button type="button" className="button" onClick={onDismiss}>
          {t.space.dismissSecret}
        </button>
      </div>
    </section>
  );
}
