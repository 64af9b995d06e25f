import type { DocumentLayout } from "./document-layout.ts";

/**
 * The action plan of a space (one document per space): `axes` (enjeux, ordered, each holding objectives) and
 * `fiches`, the fiches actions keyed by id, filled by the fiche-action editor and by promotion.
 */
export const PLAN_LAYOUT: DocumentLayout = { kind: "plan", version: 1, migrations: {} };
