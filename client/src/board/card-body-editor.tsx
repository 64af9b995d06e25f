import type { HocuspocusProvider } from "@hocuspocus/provider";
import type * as Y from "yjs";
import { t } from "../i18n/text.ts";
import { loadedApart } from "../ui/loaded-apart.tsx";
import type { Participant } from "./participant.ts";

// The editor (Tiptap, ProseMirror) is most of the board's code, and a folded card needs none of it: the board is
// drawn without it, and it is fetched once the board is there (preloadCardBodyEditor).
const CollaborativeEditor = loadedApart(() =>
  import("../ui/collaborative-editor.tsx").then((module) => module.CollaborativeEditor),
);

/** Fetches the editor when the page has nothing better to do, so that opening a card's text does not wait for it. */
export function preloadCardBodyEditor(): () => void {
  // A failure is left to opening a card's text, which tries again and says so.
  const preload = () => void CollaborativeEditor.preload().catch(() => {});
  if (typeof window.requestIdleCallback !== "function") {
    const timer = window.setTimeout(preload, 1_000);
    return () => window.clearTimeout(timer);
  }
  const idle = window.requestIdleCallback(preload, { timeout: 2_000 });
  return () => window.cancelIdleCallback(idle);
}

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
