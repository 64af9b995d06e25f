import type { CreatedSpaceView } from "@atelier/shared";
import { useId, useState } from "react";
import { demoApi } from "../api/demo-api.ts";
import { t } from "../i18n/text.ts";
import { useAsyncAction } from "../ui/use-async-action.ts";
import "./indicators.css";

/** A ready-made example space to discover the tool on real-looking data; the caller opens it like a new space. */
export function DemoSpaceButton({ onCreated }: { onCreated: (space: CreatedSpaceView) => void }) {
  const [busy, setBusy] = useState(false);
  const { failure, run } = useAsyncAction();
  const hintId = useId();

  async function create() {
    if (busy) return;
    setBusy(true);
    // On success the caller navigates away; the button stays busy until then.
    if (!(await run(async () => onCreated(await demoApi.create())))) setBusy(false);
  }

  return (
    <div className="demo-space">
      <button
        type="button"
        className="button"
        aria-describedby={hintId}
        aria-disabled={busy || undefined}
        onClick={create}
      >
        {busy ? t.indicators.demo.busy : t.indicators.demo.button}
      </button>
      <p className="field__hint" id={hintId}>
        {t.indicators.demo.hint}
      </p>
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
