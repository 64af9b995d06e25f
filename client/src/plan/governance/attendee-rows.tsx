import { ATTENDANCES, type Attendance } from "@atelier/shared";
import { useRef } from "react";
import type { FieldErrors } from "../../forms/field-errors.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { t } from "../../i18n/text.ts";
import { useRowFocus } from "../../spaces/territory/use-row-focus.ts";
import { TextField } from "../../ui/text-field.tsx";
import { SelectField } from "../fiche/live-field.tsx";
import { type AttendeeDraft, newAttendee } from "./meeting-draft.ts";

interface AttendeeRowsProps {
  attendees: AttendeeDraft[];
  errors: FieldErrors;
  onChange: (attendees: AttendeeDraft[]) => void;
}

/** Who came and who sent apologies, a row each. */
export function AttendeeRows({ attendees, errors, onChange }: AttendeeRowsProps) {
  const focus = useRowFocus();
  const change = (key: string, patch: Partial<AttendeeDraft>) =>
    onChange(attendees.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className="meeting-form__group">
      <legend>{t.demarche.attendeesLegend}</legend>
      {attendees.length === 0 && <p className="muted">{t.demarche.noAttendees}</p>}
      {attendees.map((attendee, index) => (
        <AttendeeRow
          key={attendee.key}
          attendee={attendee}
          position={index + 1}
          errors={errors}
          path={`attendees.${index}`}
          focusOnMount={attendee.key === focus.added}
          onChange={(patch) => change(attendee.key, patch)}
          onRemove={() => {
            onChange(attendees.filter((row) => row.key !== attendee.key));
            focus.focusAddButton();
          }}
        />
      ))}
      {errors.attendees && <p className="field__error">{errors.attendees}</p>}
      <button
        ref={focus.addButton}
        type="button"
        className="button button--small"
        onClick={() => {
          const attendee = newAttendee();
          focus.setAdded(attendee.key);
          onChange([...attendees, attendee]);
        }}
      >
        {t.demarche.addAttendee}
      </button>
    </fieldset>
  );
}

interface AttendeeRowProps {
  attendee: AttendeeDraft;
  position: number;
  errors: FieldErrors;
  path: string;
  focusOnMount: boolean;
  onChange: (patch: Partial<AttendeeDraft>) => void;
  onRemove: () => void;
}

function AttendeeRow({ attendee, position, errors, path, focusOnMount, onChange, onRemove }: AttendeeRowProps) {
  const first = useRef<HTMLInputElement>(null);
  useFocusOnMount(first, focusOnMount);
  return (
    <fieldset className="meeting-row meeting-row--attendee">
      <legend className="visually-hidden">{t.demarche.attendeeLegend(position)}</legend>
      <TextField
        ref={first}
        label={t.demarche.attendeeName}
        error={errors[`${path}.name`]}
        value={attendee.name}
        onChange={(event) => onChange({ name: event.target.value })}
        autoComplete="off"
        required
      />
      <TextField
        label={t.demarche.attendeeOrganisation}
        optional
        error={errors[`${path}.organisation`]}
        value={attendee.organisation}
        onChange={(event) => onChange({ organisation: event.target.value })}
        autoComplete="off"
      />
      <SelectField
        label={t.demarche.attendanceLabel}
        value={attendee.attendance}
        onChange={(value) => onChange({ attendance: value as Attendance })}
      >
        {ATTENDANCES.map((attendance) => (
          <option key={attendance} value={attendance}>
            {t.demarche.attendance[attendance]}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        className="button button--small button--danger meeting-row__remove"
        aria-label={t.demarche.removeAttendeeLabel(position)}
        onClick={onRemove}
      >
        {t.demarche.remove}
      </button>
    </fieldset>
  );
}
