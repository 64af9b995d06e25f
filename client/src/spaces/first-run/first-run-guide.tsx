import type { SpaceView } from "@atelier/shared";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { t } from "../../i18n/text.ts";
import { boardPath } from "../../routes.ts";
import { useFirstRun } from "./first-run-progress.ts";
import "./first-run.css";

interface FirstRunGuideProps {
  space: SpaceView;
  /** Whether the space has an invitation link yet; null while the list loads. */
  invited: boolean | null;
}

/** Moves the keyboard and the screen reader to a section of the space page, for the step's action. */
function focusSection(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: "start" });
  target?.focus();
}

/** A facilitator's guided start on a space created from this browser: create, themes, invite, run a phase. */
export function FirstRunGuide({ space, invited }: FirstRunGuideProps) {
  const { progress, update } = useFirstRun(space.id);
  if (!progress) return null;
  const text = t.firstRun;
  if (progress.dismissed) {
    return (
      <p className="first-run__reopen">
        <button type="button" className="button button--quiet" onClick={() => update({ dismissed: false })}>
          {text.show}
        </button>
      </p>
    );
  }
  const themes = space.boards.filter((board) => !board.archived);
  const firstBoard = themes[0];
  const steps: { done: boolean; title: string; body: string; actions?: ReactNode }[] = [
    { done: true, title: text.create.title, body: text.create.body(space.name, space.period.start, space.period.end) },
    {
      done: progress.themes,
      title: text.themes.title,
      body: text.themes.body(themes.map((board) => board.theme)),
      actions: (
        <>
          <button type="button" className="button" onClick={() => focusSection("boards-title")}>
            {text.themes.see}
          </button>
          {!progress.themes && (
            <button type="button" className="button" onClick={() => update({ themes: true })}>
              {text.themes.confirm}
            </button>
          )}
        </>
      ),
    },
    {
      done: invited === true,
      title: text.invite.title,
      body: text.invite.body,
      actions: (
        <button type="button" className="button" onClick={() => focusSection("invitations-title")}>
          {text.invite.action}
        </button>
      ),
    },
    {
      done: progress.phase,
      title: text.phase.title,
      body: text.phase.body,
      actions: firstBoard && (
        <Link className="button" href={boardPath(space.id, firstBoard.id)}>
          {text.phase.action}
        </Link>
      ),
    },
  ];
  const done = steps.filter((step) => step.done).length;

  return (
    <section className="panel first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{text.title}</h2>
      <p className="muted">{done === steps.length ? text.allDone : text.intro(done, steps.length)}</p>
      <ol className="first-run__steps">
        {steps.map((step, index) => (
          <li key={step.title} className={`first-run__step${step.done ? " first-run__step--done" : ""}`}>
            <span className="first-run__mark" aria-hidden="true">
              {step.done ? "✓" : index + 1}
            </span>
            <div className="first-run__content">
              <h3 className="first-run__title">
                {step.title} <span className="visually-hidden">({step.done ? text.done : text.todo})</span>
              </h3>
              <p>{step.body}</p>
              {step.actions && !step.done && <div className="actions">{step.actions}</div>}
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--quiet" onClick={() => update({ dismissed: true })}>
        {text.hide}
      </button>
    </section>
  );
}
