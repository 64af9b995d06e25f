import { PLAN_EXPORT_FORMATS } from "@atelier/shared";
import { useState } from "react";
import { planApi } from "../api/plan-api.ts";
import { t } from "../i18n/text.ts";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { usePlan } from "./plan-context.ts";
import { saveFile } from "./save-file.ts";

/**
 * The plan as files: the plan to sign, the follow-up spreadsheet, CSV for any other tool, and the convention itself
 * (the accord-cadre with the plan and its financing as annexes).
 */
export function ExportButtons() {
  const { space, token } = usePlan();
  const { failure, run } = useAsyncAction();
  const [done, setDone] = useState<string | null>(null);

  async function download(file: () => Promise<{ blob: Blob; fileName: string }>) {
    setDone(null);
    await run(async () => {
      const { blob, fileName } = await file();
      saveFile(blob, fileName);
      setDone(t.plan.exports.done(fileName));
    });
  }

  return (
    <fieldset className="plan-exports">
      <legend className="visually-hidden">{t.plan.exports.label}</legend>
      {PLAN_EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          onClick={() => download(() => planApi.exportFile(space.id, token, format))}
        >
          {t.plan.exports[format]}
        </button>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => download(() => planApi.conventionFile(space.id, token))}
      >
        {t.plan.exports.convention}
      </button>
      <p className="plan-exports__outcome" role="status">
        {failure ? <span className="plan-error">{failure}</span> : done}
      </p>
    </fieldset>
  );
}
