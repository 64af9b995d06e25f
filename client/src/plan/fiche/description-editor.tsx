import type * as Y from "yjs";
import { t } from "../../i18n/text.ts";
import { CollaborativeEditor } from "../../ui/collaborative-editor.tsx";
import { usePlan } from "../plan-context.ts";

interface DescriptionEditorProps {
  fragment: Y.XmlFragment;
  /** The id of the heading that names the description. */
  labelledBy: string;
  readOnly: boolean;
}

/** A fiche's description, co-edited live with the others' carets; read-only, it still follows their changes. */
export function DescriptionEditor({ fragment, labelledBy, readOnly }: DescriptionEditorProps) {
  const { provider, user } = usePlan();
  return (
    <CollaborativeEditor
      fragment={fragment}
      provider={provider}
      user={user}
      labelledBy={labelledBy}
      placeholder={readOnly ? t.plan.noDescription : t.plan.descriptionPlaceholder}
      readOnly={readOnly}
      box="plan-description"
    />
  );
}
