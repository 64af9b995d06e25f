import type { SatisfactionAnswerInput } from "@atelier/shared";
import { request } from "./request.ts";

/** The partners' yearly satisfaction questionnaire: the facilitator opens and closes it; its link is answered. */
export const satisfactionApi = {
  questionnaires: (spaceId: string, token: string) =>
    request("GET /spaces/:spaceId/satisfaction", { spaceId }, { token }),
  /** The link's token comes back this once. */
  open: (spaceId: string, token: string, year: number) =>
    request("POST /spaces/:spaceId/satisfaction/:year", { spaceId, year }, { token }),
  close: (spaceId: string, token: string, year: number) =>
    request("POST /spaces/:spaceId/satisfaction/:year/closing", { spaceId, year }, { token }),
  results: (spaceId: string, token: string, year: number) =>
    request("GET /spaces/:spaceId/satisfaction/:year/results", { spaceId, year }, { token }),
  /** Without an account: the link's token is all it takes. */
  form: (token: string) => request("GET /satisfaction/:token", { token }),
  answer: (token: string, answer: SatisfactionAnswerInput) =>
    request("POST /satisfaction/:token/answers", { token }, { body: answer }),
};
