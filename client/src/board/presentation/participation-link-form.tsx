import type { BoardView } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { JoinCodeControl } from "./join-code-control.tsx";
import { NewHabitantLink } from "./new-habitant-link.tsx";
import { participationLinkIn, useParticipationLink } from "./use-participation-link.ts";

/**
 * In the facilitator's tools: the link whose QR code the presentation shows, made here in one click or pasted from
 * the space page, and the short code that may stand for it.
 */
export function ParticipationLinkForm({ board }: { board: Pick<BoardView, "id" | "theme"> }) {
  const boardId = board.id;
  const [link, setLink] = useParticipationLink(boardId);
  const [value, setValue] = useState(link ?? "");
  const [invalid, setInvalid] = useState(false);
  // The label of the link just made here, said once it is projected; null for a pasted one.
  const [made, setMade] = useState<string | null>(null);
  const create = useRef<HTMLButtonElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = participationLinkIn(value);
    setInvalid(parsed === null);
    setMade(null);
    if (parsed !== null) setLink(parsed);
  }

  function projectMade(created: string, label: string) {
    setLink(created);
    setValue(created);
    setInvalid(false);
    setMade(label);
  }

  return (
    <>
      <NewHabitantLink ref={create} board={board} onCreated={projectMade} />
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
                // The button that removed it goes with the link: the focus goes to the way to make another.
                create.current?.focus();
              }}
            >
              {t.boardLayout.linkClear}
            </button>
          )}
        </div>
        <p className="participation-link__saved" role="status">
          {link && link === participationLinkIn(value)
            ? made
              ? t.boardLayout.habitantLinkCreated(made)
              : t.boardLayout.linkSaved
            : ""}
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
