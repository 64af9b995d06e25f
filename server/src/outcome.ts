import {
  describeIssues,
  type FieldProblem,
  fieldProblems,
  frenchRefusal,
  type IssueLike,
  type RefusalCode,
  type RefusalParams,
} from "@atelier/shared";

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 423 | 429 | 500 | 503;

/**
 * A refusal: its HTTP status, its code (shared/src/refusals.ts) with what its wording quotes, and that wording in
 * French, the HTTP API's message; refused fields come as problems too, for interfaces to word.
 */
export interface Refused {
  ok: false;
  status: RefusalStatus;
  code: RefusalCode;
  params?: RefusalParams;
  error: string;
  problems?: FieldProblem[];
}

/** What a service answers: a value, or a refusal. */
export type Outcome<T> = { ok: true; value: T } | Refused;

export const refused = (status: RefusalStatus, code: RefusalCode, params?: RefusalParams): Refused => ({
  ok: false,
  status,
  code,
  ...(params && { params }),
  error: frenchRefusal(code, params),
});

/** A 400 for fields a schema refused: their French description is the refusal's detail, the problems go with it. */
export function refusedFields(
  code: "archiveInvalid" | "bilanYearInvalid" | "importMappingInvalid",
  issues: readonly IssueLike[],
): Refused {
  return { ...refused(400, code, { detail: describeIssues({ issues }) }), problems: fieldProblems(issues) };
}
