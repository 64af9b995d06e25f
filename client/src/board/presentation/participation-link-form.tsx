import { type FormEvent, useState } from "react";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { JoinCodeControl } from "./join-code-control.tsx";
import { participationLinkIn, useParticipationLink } from "./use-participation-link.ts";

/**
 * In the facilitator's tools: the link whose QR code the presentation shows, pasted from the space page, and the
 * short code that may stand for it.
 */
export function ParticipationLinkForm({ boardId }: { boardId: string }) {
  const [link, setLink] = useParticipationLink(boardId);
  const [value, setValue] = useState(link ?? "");
  const [invalid, setInvalid] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = participationLinkIn(value);
    setInvalid(parsed === null);
    if (parsed !== null) setLink(parsed);
  }

  return (
    <>
      <form className="participation-link" onSubmit={submit} noValidate>
        <Field
          label={t.boardLayout.linkLabel}
          hint={t.boardLayout.linkHint}
          error={invalid ? t.boardLayout.linkInvalid : undefined}
          className="participation-link__field"
        >
          {(control) => (
            <input
              type="url"
              className="input input--code"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              {...control}
            />
          )}
        </Field>
        <div className="participation-link__actions">
          <button type="submit" className="button button--small">
            {t.boardLayout.linkSave}
          </button>
          {link && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setLink(null);
                setValue("");
              }}
            >
              {t.boardLayout.linkClear}
            </button>
          )}
        </div>
        <p className="participation-link__saved" role="status">
          {link && link === participationLinkIn(value) ? t.boardLayout.linkSaved : ""}
        </p>
      </form>
      {link && (
        <section className="join-code-tool" aria-label={t.joinCode.toolTitle}>
          <JoinCodeControl boardId={boardId} link={link} />
        </section>
      )}
    </>
  );
}
