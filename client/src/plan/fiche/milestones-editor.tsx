import { type Fiche, type FichePatch, type Milestone, MilestoneSchema } from "@atelier/shared";
import { type FormEvent, useState } from "react";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { refusal } from "../validation.ts";
import { LiveText } from "./live-field.tsx";

interface MilestonesEditorProps {
  fiche: Fiche;
  legend: string;
  patch: (change: FichePatch) => string | null;
}

/** A fiche's milestones: each one's date and label edited live, removed, or a new one added at the end. */
export function MilestonesEditor({ fiche, legend, patch }: MilestonesEditorProps) {
  const words = t.ficheFields.milestones;
  const replace = (index: number, milestone: Milestone | null) =>
    patch({
      milestones: fiche.milestones.flatMap((current, at) => (at !== index ? [current] : milestone ? [milestone] : [])),
    });

  return (
    <fieldset className="fiche-milestones">
      <legend className="field__label">{legend}</legend>
      {fiche.milestones.length === 0 ? (
        <p className="field__hint">{words.empty}</p>
      ) : (
        <ol className="fiche-milestones__list">
          {fiche.milestones.map((milestone, index) => {
            const number = index + 1;
            return (
              // A milestone has no id of its own: its place in the list names it, as its labels say.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is the stored one, in its order.
              <li key={index} className="fiche-milestones__row">
                <Field label={words.dateOf(number)} className="field--compact">
                  {(control) => (
                    <input
                      type="date"
                      className="input"
                      value={milestone.date}
                      onChange={(event) => {
                        if (event.target.value) replace(index, { ...milestone, date: event.target.value });
                      }}
                      {...control}
                    />
                  )}
                </Field>
                <LiveText
                  compact
                  label={words.labelOf(number)}
                  value={milestone.label}
                  commit={(label) => replace(index, { ...milestone, label })}
                />
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => replace(index, null)}
                >
                  {words.remove(number)}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <NewMilestone add={(milestone) => patch({ milestones: [...fiche.milestones, milestone] })} />
    </fieldset>
  );
}

/** A date and a label, added together once both are valid. */
function NewMilestone({ add }: { add: (milestone: Milestone) => string | null }) {
  const words = t.ficheFields.milestones;
  const [date, setDate] = useState("");
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = MilestoneSchema.safeParse({ date, label });
    const refused = refusal(parsed) ?? (parsed.success ? add(parsed.data) : null);
    setError(refused);
    if (refused === null) {
      setDate("");
      setLabel("");
    }
  }

  return (
    <form className="fiche-milestones__new" onSubmit={submit} noValidate>
      <Field label={words.date} className="field--compact">
        {(control) => (
          <input
            type="date"
            className="input"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            {...control}
          />
        )}
      </Field>
      <Field label={words.label} error={error ?? undefined} className="field--compact">
        {(control) => (
          <input className="input" value={label} onChange={(event) => setLabel(event.target.value)} {...control} />
        )}
      </Field>
      <button type="submit" className="button">
        {words.add}
      </button>
    </form>
  );
}
