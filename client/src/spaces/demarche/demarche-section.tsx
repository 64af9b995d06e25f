import type { Demarche, SpaceView } from "@atelier/shared";
import { type ReactNode, useState } from "react";
import { Link } from "wouter";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { formatDate } from "../../plan/dates.ts";
import { planViewPath } from "../../plan/plan-paths.ts";
import { NextConvention } from "../renewal/convention-links.tsx";
import { PrepareNextConvention } from "../renewal/renewal-form.tsx";
import { DemarcheStepItem } from "./demarche-step.tsx";
import { PlanningForm } from "./planning-form.tsx";
import { useDemarche } from "./use-demarche.ts";
import "./demarche.css";

interface DemarcheSectionProps {
  /** Its name and period, for the next convention, and that one once prepared. */
  space: Pick<SpaceView, "id" | "name" | "period" | "next">;
  token: string;
  /** Facilitators plan the steps and re-open them; the others read. */
  canEdit: boolean;
}

/** The démarche as a retro-planning: each step's planned and actual dates, its state and its comités. */
export function DemarcheSection({ space, token, canEdit }: DemarcheSectionProps) {
  const { state, put } = useDemarche(space.id, token);
  const [planning, setPlanning] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const planButton = useFocusReturn<HTMLButtonElement>(planning);

  const changed = (demarche: Demarche, message: string) => {
    put(demarche);
    setAnnouncement(message);
  };

  // The next convention once prepared; before, facilitators may prepare it.
  const renewal = space.next ? (
    <NextConvention next={space.next} />
  ) : (
    canEdit && <PrepareNextConvention space={space} secret={token} />
  );

  return (
    <section className="panel demarche" aria-labelledby="demarche-title">
      <div className="demarche__head">
        <h2 id="demarche-title">{t.demarche.title}</h2>
        <div className="demarche__links">
          <Link className="button button--small" href={planViewPath(space.id, "gouvernance")}>
            {t.demarche.governanceLink}
          </Link>
          {canEdit && !planning && state.status === "ready" && (
            <button
              ref={planButton}
              type="button"
              className="button button--small"
              onClick={() => {
                setAnnouncement("");
                setPlanning(true);
              }}
            >
              {t.demarche.editPlanning}
            </button>
          )}
        </div>
      </div>
      <p className="muted">{t.demarche.intro}</p>
      {state.status === "loading" && <p role="status">{t.demarche.loading}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && (
        <>
          <Ended demarche={state.demarche} renewed={space.next !== null} renewal={renewal} canRenew={canEdit} />
          <LastYear demarche={state.demarche} lastYear={space.period.end} renewal={renewal} canRenew={canEdit} />
          <NextStep demarche={state.demarche} />
          {planning ? (
            <PlanningForm
              spaceId={space.id}
              token={token}
              demarche={state.demarche}
              onSaved={(demarche) => {
                changed(demarche, t.demarche.planningSaved);
                setPlanning(false);
              }}
              onCancel={() => setPlanning(false)}
            />
          ) : (
            <ol className="demarche-timeline">
              {state.demarche.steps.map((step, index) => (
                <DemarcheStepItem
                  key={step.step}
                  spaceId={space.id}
                  token={token}
                  progress={step}
                  position={index + 1}
                  canEdit={canEdit}
                  onReopened={(demarche) => changed(demarche, t.demarche.reopened(t.demarche.steps[step.step]))}
                />
              ))}
            </ol>
          )}
          <Upcoming demarche={state.demarche} />
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

interface RenewalProps {
  demarche: Demarche;
  /** The next convention's link, or the button that prepares it. */
  renewal: ReactNode;
  /** Facilitators prepare the next convention; the others are told who will, and that they will be part of it. */
  canRenew: boolean;
}

/** Once the convention's last day is past: the bilans still owed, and the next convention to prepare. */
function Ended({ demarche, renewed, renewal, canRenew }: RenewalProps & { renewed: boolean }) {
  if (!demarche.endedOn) return null;
  const years = demarche.steps.find((step) => step.yearly)?.yearly?.years ?? [];
  const owed = years.filter((year) => year.state !== "valide").map((year) => year.year);
  return (
    <div className="notice notice--info demarche__ended">
      <p>
        <strong>{t.demarche.ended(formatDate(demarche.endedOn))}</strong>
      </p>
      {owed.length > 0 && <p>{t.demarche.bilansOwed(owed.join(", "))}</p>}
      {!renewed && <p>{canRenew ? t.demarche.renewal : t.demarche.renewalByFacilitator}</p>}
      {renewal}
    </div>
  );
}

/**
 * In the convention's last year, once it is signed and under evaluation: the evaluation of this convention is where
 * the next one starts, so it may be prepared from then on. The server says which year it is, as it says when the
 * convention ended.
 */
function LastYear({ demarche, lastYear, renewal, canRenew }: RenewalProps & { lastYear: number }) {
  const evaluating = demarche.next === null || demarche.next.step === "evaluation";
  if (!demarche.inLastYear || !evaluating) return null;
  return (
    <div className="notice notice--info demarche__ended">
      <p>{canRenew ? t.renewal.lastYear(lastYear) : t.renewal.lastYearByFacilitator(lastYear)}</p>
      {renewal}
    </div>
  );
}

function NextStep({ demarche }: { demarche: Demarche }) {
  const { next } = demarche;
  if (!next) return <p className="demarche__next">{t.demarche.allValidated}</p>;
  const awaited = next.awaiting.map((kind) => t.demarche.decisionKinds[kind]).join(", ");
  const bilan = demarche.steps
    .find((step) => step.step === next.step)
    ?.yearly?.years.find((year) => year.year === next.year);
  return (
    <p className="demarche__next">
      <strong>{t.demarche.next(t.demarche.steps[next.step])}</strong>
      {next.plannedOn && ` · ${t.demarche.plannedOn(formatDate(next.plannedOn))}`}
      {!next.plannedOn && bilan && ` · ${t.demarche.dueOn(formatDate(bilan.dueOn))}`}
      {next.late && <span className="badge badge--warning">{t.demarche.late}</span>}
      <span className="demarche__awaiting">
        {next.year ? t.demarche.awaitingBilan(next.year) : t.demarche.awaiting(awaited)}
      </span>
    </p>
  );
}

function Upcoming({ demarche }: { demarche: Demarche }) {
  return (
    <div className="demarche__upcoming">
      <h3>{t.demarche.upcomingTitle}</h3>
      {demarche.upcoming.length === 0 ? (
        <p className="muted">{t.demarche.noUpcoming}</p>
      ) : (
        <ul className="demarche-meetings">
          {demarche.upcoming.map((meeting) => (
            <li key={meeting.id}>
              <time dateTime={meeting.date}>{formatDate(meeting.date)}</time> · {t.demarche.meetingKinds[meeting.kind]}{" "}
              · {meeting.title}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
