import type { HocuspocusProvider } from "@hocuspocus/provider";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import { CollaborativeEditor } from "../ui/collaborative-editor.tsx";
import type { Participant } from "./participant.ts";

interface CardBodyEditorProps {
  fragment: Y.XmlFragment;
  provider: HocuspocusProvider;
  participant: Participant;
  label: string;
  readOnly: boolean;
}

/** The card's rich-text body, co-edited live; writable, it has its formatting toolbar above it. */
export function CardBodyEditor({ fragment, provider, participant, label, readOnly }: CardBodyEditorProps) {
  return (
    <CollaborativeEditor
      fragment={fragment}
      provider={provider}
      user={participant}
      label={label}
      placeholder={t.board.bodyPlaceholder}
      readOnly={readOnly}
      box="card-body"
      toolbar
    />
  );
}
