import type { Meeting } from "@atelier/shared";
import { useState } from "react";
import type { PlanVersionView } from "../../api/plan-api.ts";
import { t } from "../../i18n/text.ts";
import { SignForm, WithdrawForm } from "./sign-form.tsx";

type Change = "replace" | "withdraw";

interface SignatureChangesProps {
  versions: PlanVersionView[];
  meetings: Meeting[];
  onChanged: () => Promise<void>;
}

/**
 * On a signed convention, replacing or withdrawing the signature is a deliberate step taken now and then: each form
 * stays folded behind its button (a disclosure), one at a time, so that the signed version leads the section.
 */
export function SignatureChanges({ versions, meetings, onChanged }: SignatureChangesProps) {
  const [open, setOpen] = useState<Change | null>(null);
  const toggle = (change: Change) => setOpen((current) => (current === change ? null : change));
  return (
    <>
      <div className="actions">
        {versions.length > 0 && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={open === "replace"}
            onClick={() => toggle("replace")}
          >
            {t.plan.governance.replaceSigned}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          aria-expanded={open === "withdraw"}
          onClick={() => toggle("withdraw")}
        >
          {t.plan.governance.openWithdraw}
        </button>
      </div>
      {open === "replace" && <SignForm versions={versions} meetings={meetings} replacing onSigned={onChanged} />}
      {open === "withdraw" && <WithdrawForm onWithdrawn={onChanged} />}
    </>
  );
}
