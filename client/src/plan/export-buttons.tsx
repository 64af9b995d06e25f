import { useState } from "react";
import { t } from "../i18n/text.ts";
import { useAsyncAction } from "../ui/use-async-action.ts";
import { type ExportFormat, planApi } from "./plan-api.ts";
import { usePlan } from "./plan-context.ts";
import { saveFile } from "./save-file.ts";

const FORMATS: readonly ExportFormat[] = ["docx", "xlsx", "csv"];

/** The plan as files: the document to sign, the follow-up spreadsheet, and CSV for any other tool. */
export function ExportButtons() {
  const { space, token } = usePlan();
  const { failure, run } = useAsyncAction();
  const [done, setDone] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    setDone(null);
    await run(async () => {
      const { blob, fileName } = await planApi.exportFile(space.id, token, format);
      saveFile(blob, fileName);
      setDone(t.plan.exports.done(fileName));
    });
  }

  return (
    <fieldset className="plan-exports">
      <legend className="visually-hidden">{t.plan.exports.label}</legend>
      {FORMATS.map((format) => (
        <button key={format} type="button" className="button button--small" onClick={() => download(format)}>
          {t.plan.exports[format]}
        </button>
      ))}
      <p className="plan-exports__outcome" role="status">
        {failure ? <span className="plan-error">{failure}</span> : done}
      </p>
    </fieldset>
  );
}
