import { type CardKind, CONTRIBUTION_BODY_MAX } from "@atelier/shared";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { failureMessage, loadedOnDemand } from "../api/request.ts";
import type { FieldErrors } from "../forms/field-errors.ts";
import { writeNumber } from "../forms/number-text.ts";
import { useFocusFirstInvalid } from "../forms/use-focus-first-invalid.ts";
import { t } from "../i18n/text.ts";
import { RadioGroup } from "../ui/choice-group.tsx";
import { Field } from "../ui/field.tsx";
import { TextField } from "../ui/text-field.tsx";
import type { HabitantActions } from "./habitant-actions.ts";

/** Asked for as the form shows, so that it has come by the time an idea is sent. */
const loadCheck = loadedOnDemand(() => import("./contribution-check.ts"));

interface ContributionFormProps {
  kinds: readonly CardKind[];
  moderated: boolean;
  contribute: HabitantActions["contribute"];
  /** Why the board takes no idea now (locked, archived, access withdrawn): the form stays, disabled, with its text. */
  closed?: string | null;
}

/**
 * A disabled fieldset rather than no form: a lock can arrive with the document after the habitant started typing,
 * and what they typed stays there, should the board reopen.
 */
export function ContributionForm({ kinds, moderated, contribute, closed }: ContributionFormProps) {
  const [kind, setKind] = useState<CardKind | undefined>(() => habitantFirstKind(kinds));
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const closedId = useId();
  useFocusFirstInvalid(form, errors);
  useEffect(() => {
    loadCheck().catch(() => {});
  }, []);
  // What the last sending gave belongs to an open board: hidden as the board closes, where the closed notice alone
  // says what holds, and forgotten, so that it does not come back should the board reopen.
  useEffect(() => {
    if (!closed) return;
    setOutcome("");
    setFailure(null);
  }, [closed]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setOutcome("");
    setSending(true);
    try {
      const checked = (await loadCheck()).checkContribution({ kind, title, body });
      setErrors(checked.ok ? {} : checked.errors);
      if (!checked.ok) return;
      const { status } = await contribute(checked.value);
      setOutcome(status === "pending" ? t.participation.pending : t.participation.published);
      setTitle("");
      setBody("");
      // Ready for the next idea.
      titleInput.current?.focus();
    } catch (error) {
      setFailure(failureMessage(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <form
      ref={form}
      className="panel contribution-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="contribution-form-title"
    >
      <h2 id="contribution-form-title">{t.participation.formTitle}</h2>
      {moderated && <p className="muted">{t.participation.moderatedNotice}</p>}
      {/* Always there, so that a lock arriving is announced; it stays in sight while any of the form is. */}
      <div className="contribution-form__closed" role="status">
        {closed && <p id={closedId}>{closed}</p>}
      </div>
      <fieldset
        className="contribution-form__fields"
        disabled={Boolean(closed)}
        aria-describedby={closed ? closedId : undefined}
      >
        {kinds.length > 1 && kind && (
          <RadioGroup
            legend={t.participation.kindLegend}
            choices={kinds.map((value) => ({ value, ...t.kinds[value] }))}
            value={kind}
            onChange={setKind}
            tiles
          />
        )}
        <TextField
          ref={titleInput}
          label={t.participation.titleLabel}
          error={errors.title}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
          enterKeyHint="send"
          required
        />
        <Field
          label={t.participation.bodyLabel}
          hint={t.participation.bodyHint(writeNumber(CONTRIBUTION_BODY_MAX))}
          optional
          error={errors.body}
        >
          {(control) => (
            <textarea
              className="input contribution-form__body"
              value={body}
              onChange={(event) => setBody(event.target.value)}
              maxLength={CONTRIBUTION_BODY_MAX}
              rows={3}
              {...control}
            />
          )}
        </Field>
        {failure && !closed && (
          <p className="alert alert--error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button button--primary button--wide" disabled={sending}>
          {sending ? t.participation.submitting : t.participation.submit}
        </button>
      </fieldset>
      <p className="contribution-form__outcome" role="status">
        {!closed && outcome}
      </p>
    </form>
  );
}

/** A habitant mostly says what they lack: "besoin" is chosen at first when their link allows it. */
function habitantFirstKind(kinds: readonly CardKind[]): CardKind | undefined {
  return kinds.find((kind) => kind === "besoin") ?? kinds[0];
}
