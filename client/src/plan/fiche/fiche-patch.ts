import { type FichePatch, FichePatchSchema, updateFiche } from "@atelier/shared";
import type * as Y from "yjs";
import { refusal } from "../validation.ts";

/** Writes a change to a fiche if the shared schema accepts it; answers the refusal to show otherwise. */
export function patchFiche(doc: Y.Doc, ficheId: string, patch: FichePatch): string | null {
  const parsed = FichePatchSchema.safeParse(patch);
  if (parsed.success) updateFiche(doc, ficheId, parsed.data, Date.now());
  return refusal(parsed);
}
