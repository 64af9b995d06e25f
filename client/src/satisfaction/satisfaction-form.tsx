import {
  SATISFACTION_COMMENT_MAX,
  SATISFACTION_SCORES,
  type SatisfactionAnswerInput,
  type SatisfactionFormView,
} from "@atelier/shared";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { satisfactionApi } from "../api/satisfaction-api.ts";
import { t } from "../i18n/text.ts";
import { RadioGroup } from "../ui/choice-group.tsx";
import { Field } from "../ui/field.tsx";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { rememberAnswered } from "./questionnaire-link.ts";

const NO_OPINION = "sans-avis";
type Choice = `${(typeof SATISFACTION_SCORES)[number]}` | typeof NO_OPINION;

const SCORE_CHOICES = [
  ...SATISFACTION_SCORES.map((score) => ({
    value: `${score}` as Choice,
    label: `${score} — ${t.satisfaction.scores[score]}`,
  })),
  { value: NO_OPINION as Choice, label: t.satisfaction.noOpinion },
];

/** One radio group per question ("sans avis" until chosen), a comment, then a thank-you in place of the form. */
export function SatisfactionForm({ token, form }: { token: string; form: SatisfactionFormView }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [comment, setComment] = useState("");
  const [empty, setEmpty] = useState(false);
  const [sent, setSent] = useState(false);
  const { failure, run } = useAsyncAction();
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const scores = Object.fromEntries(
      Object.entries(choices)
        .filter(([, choice]) => choice !== NO_OPINION)
        .map(([question, choice]) => [question, Number(choice)]),
    );
    // The server says so too, in French only: this says it in the page's language, without a round trip.
    const nothing = Object.keys(scores).length === 0 && comment.trim() === "";
    setEmpty(nothing);
    if (nothing) return;
    const answer: SatisfactionAnswerInput = { scores, comment };
    setSending(true);
    const done = await run(() => satisfactionApi.answer(token, answer));
    setSending(false);
    if (!done) return;
    rememberAnswered(form.spaceId, form.year);
    setSent(true);
  }

  if (sent) return <Thanks />;
  return (
    <form className="questionnaire__form" onSubmit={submit} noValidate aria-label={t.satisfaction.title(form.year)}>
      {form.questions.map((question) => (
        <RadioGroup
          key={question}
          legend={t.satisfaction.questions[question]}
          choices={SCORE_CHOICES}
          value={choices[question] ?? NO_OPINION}
          onChange={(choice) => setChoices((current) => ({ ...current, [question]: choice }))}
          tiles
        />
      ))}
      <Field label={t.satisfaction.commentLabel} hint={t.satisfaction.commentHint} optional>
        {(control) => (
          <textarea
            className="input"
            rows={5}
            maxLength={SATISFACTION_COMMENT_MAX}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            {...control}
          />
        )}
      </Field>
      {(empty || failure) && (
        <p className="alert alert--error" role="alert">
          {empty ? t.satisfaction.nothingAnswered : failure}
        </p>
      )}
      <button type="submit" className="button button--primary questionnaire__submit">
        {sending ? t.satisfaction.sending : t.satisfaction.submit}
      </button>
    </form>
  );
}

function Thanks() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The form the focus was in is gone: the thanks take its place, for the keyboard and screen readers too.
    heading.current?.focus();
  }, []);
  return (
    <div className="notice" role="status">
      <h2 ref={heading} tabIndex={-1}>
        {t.satisfaction.thanksTitle}
      </h2>
      <p>{t.satisfaction.thanks}</p>
    </div>
  );
}
