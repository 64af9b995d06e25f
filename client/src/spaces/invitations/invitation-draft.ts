import {
  CARD_KINDS,
  type CardKind,
  INVITATION_MAX_USES,
  type InvitedRole,
  type NewInvitation,
  NewInvitationSchema,
} from "@atelier/shared";
import { type FieldErrors, fieldErrors } from "../../forms/field-errors.ts";
import { t } from "../../i18n/text.ts";
import { endOfDay, parseDay } from "./expiry.ts";

export type BoardScope = "all" | "some";
export type ExpiryChoice = "none" | "today" | "date";

/** The invitation form as typed, before it becomes an API request. */
export interface InvitationDraft {
  role: InvitedRole;
  label: string;
  boardScope: BoardScope;
  boardIds: string[];
  expiry: ExpiryChoice;
  /** As a date input gives it: "2025-03-12". */
  expiryDate: string;
  maxUses: string;
  /** Habitants only. */
  kinds: CardKind[];
  moderated: boolean;
}

export const EMPTY_DRAFT: InvitationDraft = {
  role: "partner",
  label: "",
  boardScope: "all",
  boardIds: [],
  expiry: "none",
  expiryDate: "",
  maxUses: "",
  kinds: [...CARD_KINDS],
  moderated: false,
};

/** What a group of the form's fields needs: the draft, a way to change it, its error. */
export interface DraftFieldsProps {
  draft: InvitationDraft;
  onChange: (patch: Partial<InvitationDraft>) => void;
  error?: string;
}

function expiresAt(draft: InvitationDraft, now: Date): number | null | undefined {
  if (draft.expiry === "none") return null;
  if (draft.expiry === "today") return endOfDay(now);
  const day = parseDay(draft.expiryDate);
  const end = day && endOfDay(day);
  return end && end > now.getTime() ? end : undefined;
}

function maxUses(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 && value <= INVITATION_MAX_USES ? value : undefined;
}

export type DraftReading = { ok: true; invitation: NewInvitation } | { ok: false; errors: FieldErrors };

/**
 * Checks the draft with the API's own schema, in the form's words: the schema's messages for the list fields speak
 * of null and ids, which a facilitator should never read.
 */
export function readDraft(draft: InvitationDraft, now: Date): DraftReading {
  const habitant = draft.role === "habitant";
  const expiry = expiresAt(draft, now);
  const uses = maxUses(draft.maxUses);
  const ours: FieldErrors = {};
  if (draft.boardScope === "some" && draft.boardIds.length === 0) ours.boardIds = t.invitations.boardsError;
  if (expiry === undefined) ours.expiresAt = t.invitations.expiryDateError;
  if (uses === undefined) ours.maxUses = t.invitations.maxUsesError(INVITATION_MAX_USES);
  if (habitant && draft.kinds.length === 0) ours.kinds = t.invitations.kindsError;

  const parsed = NewInvitationSchema.safeParse({
    role: draft.role,
    label: draft.label,
    boardIds: draft.boardScope === "all" ? null : draft.boardIds,
    expiresAt: expiry ?? null,
    maxUses: uses ?? null,
    kinds: habitant && draft.kinds.length < CARD_KINDS.length ? draft.kinds : null,
    moderated: habitant && draft.moderated,
  });
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...ours };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, invitation: parsed.data };
}
