import { useState } from "react";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { SatisfactionSection } from "../satisfaction/satisfaction-section.tsx";
import { type CompareRequest, CompareSection } from "./compare-section.tsx";
import { ConventionSection } from "./convention-section.tsx";
import { MeetingsSection } from "./meetings-section.tsx";
import { useGovernance } from "./use-governance.ts";
import { VersionsSection } from "./versions-section.tsx";
import "./governance.css";

/**
 * Comités and versions: what was decided when, which plan the COPIL validated and which was signed, and what changed
 * since.
 */
export function GovernanceView() {
  const { canEdit } = usePlan();
  const { state, reload } = useGovernance();
  const [comparing, setComparing] = useState<CompareRequest | null>(null);

  return (
    <section className="plan-view" aria-labelledby={VIEW_TITLE_ID}>
      <div className="plan-view__head">
        <h2 id={VIEW_TITLE_ID} tabIndex={-1}>
          {t.plan.governance.title}
        </h2>
        <p className="muted">{canEdit ? t.plan.governance.introEditor : t.plan.governance.intro}</p>
      </div>
      {state.status === "loading" && <p role="status">{t.plan.governance.loading}</p>}
      {state.status === "failed" && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === "ready" && (
        <div className="plan-governance">
          <MeetingsSection meetings={state.meetings} onChanged={reload} />
          <VersionsSection
            versions={state.versions}
            meetings={state.meetings}
            convention={state.convention}
            onFrozen={async () => {
              // The comparison starts afresh from the new version, not from the last one asked for.
              setComparing(null);
              await reload();
            }}
          />
          <ConventionSection
            convention={state.convention}
            versions={state.versions}
            meetings={state.meetings}
            onChanged={reload}
            onCompare={(from, to) => setComparing({ from, to, at: Date.now() })}
          />
          <CompareSection
            // A new version becomes the default starting point of the comparison.
            key={state.versions[0]?.id ?? "none"}
            versions={state.versions}
            meetings={state.meetings}
            signed={state.convention.signature !== null}
            request={comparing}
          />
          <SatisfactionSection />
        </div>
      )}
    </section>
  );
}
