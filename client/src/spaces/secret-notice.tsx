import { useId } from "react";
import { facilitatorLink } from "../access/facilitator-secret.ts";
import { fr } from "../i18n/fr.ts";
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
      <h2 id={`${id}-title`}>{fr.space.secretTitle}</h2>
      <p>{fr.space.secretBody}</p>
      <label className="field__label" htmlFor={`${id}-link`}>
        {fr.space.secretLinkLabel}
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
          label={fr.space.copy}
          copiedMessage={fr.space.copied}
          failedMessage={fr.space.copyFailed}
        />
        <button type="button" className="button" onClick={onDismiss}>
          {fr.space.dismissSecret}
        </button>
      </div>
    </section>
  );
}
