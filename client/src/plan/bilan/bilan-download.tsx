import { useState } from "react";
import { bilanApi } from "../../api/bilan-api.ts";
import { t } from "../../i18n/text.ts";
import { useAsyncAction } from "../../ui/use-async-action.ts";
import { usePlan } from "../plan-context.ts";
import { saveFile } from "../save-file.ts";

/** The year's bilan annuel as a Word document for the COPIL; partners and observers may download it too. */
export function BilanDownload({ year }: { year: number }) {
  const { space, token } = usePlan();
  const { failure, run } = useAsyncAction();
  const [done, setDone] = useState<string | null>(null);

  async function download() {
    setDone(null);
    await run(async () => {
      const { blob, fileName } = await bilanApi.file(space.id, token, year);
      saveFile(blob, fileName);
      setDone(t.plan.exports.done(fileName));
    });
  }

  return (
    <div className="bilan-download">
      <button type="button" className="button button--small" onClick={download}>
        {t.bilan.download}
      </button>
      <p role="status">{failure ? <span className="plan-error">{failure}</span> : done}</p>
    </div>
  );
}
