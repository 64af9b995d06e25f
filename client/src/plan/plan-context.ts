import type { SpaceView } from "@atelier/shared";
import type { HocuspocusProvider } from "@hocuspocus/provider";
import { createContext, use } from "react";
import type * as Y from "yjs";
import type { CaretUser } from "../ui/collaborative-editor.tsx";
import type { PlanSnapshot } from "./use-plan-snapshot.ts";

export interface PlanContextValue {
  space: SpaceView;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The token this browser holds for the space, for the plan's HTTP requests. */
  token: string;
  /** Facilitators edit the plan; partners and observers read it. */
  canEdit: boolean;
  /** Who writes in the description editors, as the other people's carets show them. */
  user: CaretUser;
  snapshot: PlanSnapshot;
  /** Tells screen readers what just happened out of their focus (a move, an attachment). */
  announce: (message: string) => void;
}

export const PlanContext = createContext<PlanContextValue | null>(null);

export function usePlan(): PlanContextValue {
  const value = use(PlanContext);
  if (!value) throw new Error("usePlan outside of a PlanContext provider");
  return value;
}
