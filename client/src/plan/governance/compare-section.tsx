import { type Meeting, noDifference, type PlanComparison, versionDecidedOn } from "@atelier/shared";
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { CURRENT_PLAN, type PlanVersionView, planApi, SIGNED_PLAN } from "../../api/plan-api.ts";
import { t } from "../../i18n/text.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { formatDate, formatDateTime } from "../dates.ts";
import { useFicheWords } from "../fiche/fiche-words.ts";
import { SelectField } from "../fiche/live-field.tsx";
import { usePlan } from "../plan-context.ts";
import { TableScroll } from "../table-scroll.tsx";
import { readableChange } from "./readable-change.ts";

interface Compared {
  from: string;
  to: string;
  comparison: PlanComparison;
}

/** A comparison asked for elsewhere on the page (an avenant against the signed version); `at` tells two apart. */
export interface CompareRequest {
  from: string;
  to: string;
  at: number;
}

interface CompareSectionProps {
  versions: PlanVersionView[];
  /** The comités a version may be linked to: the one that decided it dates it. */
  meetings: Meeting[];
  /** A version is signed: it may be named as such, whichever version it is. */
  signed: boolean;
  request: CompareRequest | null;
}

/** Two versions side by side, or a version and the plan as it is now: what was added, removed and changed. */
export function CompareSection({ versions, meetings, signed, request }: CompareSectionProps) {
  const { space, token } = usePlan();
  const [from, setFrom] = useState(versions[0]?.id ?? "");
  const [to, setTo] = useState(CURRENT_PLAN);
  const [compared, setCompared] = useState<Compared | null>(null);
  const { failure, run } = useAsyncAction();
  const region = useRef<HTMLDivElement>(null);
  const nameOf = (id: string) =>
    id === CURRENT_PLAN
      ? t.plan.governance.currentPlan
      : id === SIGNED_PLAN
        ? t.plan.governance.signedPlan
        : (versions.find((version) => version.id === id)?.label ?? id);

  const compare = useCallback(
    (first: string, second: string) =>
      run(async () => {
        setCompared({ from: first, to: second, comparison: await planApi.compare(space.id, token, first, second) });
      }),
    [run, space.id, token],
  );

  // Asked from a button elsewhere: the selects follow, and the focus moves to the answer so the keyboard finds it.
  useEffect(() => {
    if (!request) return;
    setFrom(request.from);
    setTo(request.to);
    compare(request.from, request.to).then(() => region.current?.focus());
  }, [request, compare]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await compare(from, to);
  }

  const options = [
    ...(signed
      ? [
          <option key={SIGNED_PLAN} value={SIGNED_PLAN}>
            {t.plan.governance.signedPlan}
          </option>,
        ]
      : []),
    ...versions.map((version) => {
      const decidedOn = versionDecidedOn(version, meetings);
      return (
        <option key={version.id} value={version.id}>
          {t.plan.governance.versionOption(
            version.label,
            decidedOn ? formatDate(decidedOn) : t.plan.governance.frozenOn(formatDateTime(version.createdAt)),
          )}
        </option>
      );
    }),
  ];

  return (
    <section className="plan-governance__block plan-governance__block--wide" aria-labelledby="compare-title">
      <h3 id="compare-title">{t.plan.governance.compareTitle}</h3>
      {versions.length === 0 ? (
        <p className="muted">{t.plan.governance.compareNeedsVersion}</p>
      ) : (
        <form className="plan-compare" onSubmit={submit} noValidate aria-labelledby="compare-title">
          <SelectField label={t.plan.governance.compareFrom} value={from} onChange={setFrom}>
            {options}
          </SelectField>
          <SelectField label={t.plan.governance.compareTo} value={to} onChange={setTo}>
            <option value={CURRENT_PLAN}>{t.plan.governance.currentPlan}</option>
            {options}
          </SelectField>
          <button type="submit" className="button button--primary">
            {t.plan.governance.compare}
          </button>
        </form>
      )}
      <div aria-live="polite" className="plan-comparison-region" ref={region} tabIndex={-1}>
        {failure && <p className="alert alert--error">{failure}</p>}
        {compared && (
          <ComparisonResult
            title={t.plan.governance.comparedTitle(nameOf(compared.from), nameOf(compared.to))}
            comparison={compared.comparison}
          />
        )}
      </div>
    </section>
  );
}

function ComparisonResult({ title, comparison }: { title: string; comparison: PlanComparison }) {
  const words = useFicheWords();
  const { added, removed, changed } = comparison;
  return (
    <div className="plan-comparison">
      <h4>{title}</h4>
      <p className="plan-comparison__summary">
        {noDifference(comparison)
          ? t.plan.governance.noDifference
          : t.plan.governance.differences(added.length, removed.length, changed.length)}
      </p>
      {added.length > 0 && (
        <div className="plan-comparison__group plan-comparison__group--added">
          <h5>{t.plan.governance.added}</h5>
          <ul>
            {added.map((fiche) => (
              <li key={fiche.ficheId}>{fiche.title}</li>
            ))}
          </ul>
        </div>
      )}
      {removed.length > 0 && (
        <div className="plan-comparison__group plan-comparison__group--removed">
          <h5>{t.plan.governance.removed}</h5>
          <ul>
            {removed.map((fiche) => (
              <li key={fiche.ficheId}>{fiche.title}</li>
            ))}
          </ul>
        </div>
      )}
      {changed.length > 0 && (
        <div className="plan-comparison__group">
          <h5>{t.plan.governance.changed}</h5>
          {changed.map((fiche) => (
            <TableScroll label={fiche.title} key={fiche.ficheId}>
              <table className="plan-table plan-table--changes">
                <caption className="plan-table__caption">{fiche.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.plan.governance.field}</th>
                    <th scope="col">{t.plan.governance.before}</th>
                    <th scope="col">{t.plan.governance.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {fiche.fields.map((change) => {
                    const { label, before, after } = readableChange(change, words);
                    return (
                      <tr key={change.field}>
                        <th scope="row">{label}</th>
                        <td>
                          <del>{before}</del>
                        </td>
                        <td>
                          <ins>{after}</ins>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          ))}
        </div>
      )}
    </div>
  );
}
