import { useState } from "react";
import { Link } from "wouter";
import { planApi } from "../../api/plan-api.ts";
import { failureMessage } from "../../api/request.ts";
import { t } from "../../i18n/text.ts";
import { fichePath } from "../../plan/plan-paths.ts";
import { planPath } from "../../routes.ts";
import type { SentToPlan } from "./sent-to-plan.ts";
import "./promotion.css";

interface PromoteToPlanProps {
  spaceId: string;
  boardId: string;
  token: string;
  /** A cluster (its agreed cards) or some agreed cards, and the title the new fiche takes. */
  what: { clusterId: string; title: string } | { cardIds: string[]; title: string };
  /** Every one of them is in the plan already: the way to their fiche instead of the button. */
  sent?: SentToPlan | null;
}

type Outcome =
  | { status: "idle" | "busy" }
  | { status: "done"; created: boolean }
  | { status: "failed"; message: string };

/**
 * Sends what the group agreed into the action plan. The server does it (facilitators only) and repeats are
 * harmless: the same cards always land in the same fiche.
 */
export function PromoteToPlan({ spaceId, boardId, token, what, sent }: PromoteToPlanProps) {
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });

  async function promote() {
    if (outcome.status === "busy") return;
    setOutcome({ status: "busy" });
    const target = { axisId: null, title: what.title };
    const scope = "clusterId" in what ? { clusterId: what.clusterId } : { cardIds: what.cardIds };
    try {
      const result = await planApi.promote(spaceId, token, { boardId, ...scope, target });
      setOutcome({ status: "done", created: result.created });
    } catch (error) {
      setOutcome({ status: "failed", message: failureMessage(error) });
    }
  }

  // Only before this page promotes anything: its own promotion keeps the button, and the focus on it, with the outcome.
  if (sent && outcome.status === "idle") {
    return (
      <div className="promote">
        <Link
          className="button button--small button--quiet"
          href={sent.ficheId ? fichePath(spaceId, sent.ficheId) : planPath(spaceId)}
          aria-label={t.promotion.inPlanLabel(what.title)}
        >
          {t.promotion.inPlan}
        </Link>
      </div>
    );
  }
  return (
    <div className="promote">
      <button
        type="button"
        className="button button--small"
        aria-label={t.promotion.buttonLabel(what.title)}
        aria-disabled={outcome.status === "busy" || undefined}
        onClick={promote}
      >
        {t.promotion.button}
      </button>
      <p role="status" className="promote__outcome">
        {outcome.status === "done" && (
          <>
            {outcome.created ? t.promotion.created(what.title) : t.promotion.merged(what.title)}{" "}
            <Link href={planPath(spaceId)}>{t.promotion.openPlan}</Link>
          </>
        )}
      </p>
      {outcome.status === "failed" && (
        <p role="alert" className="alert alert--error">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
