import type {
  OpenedSatisfactionView,
  SatisfactionAnswerInput,
  SatisfactionFormView,
  SatisfactionQuestionnaireView,
  SatisfactionReport,
} from "@atelier/shared";
import { request, spaceEndpoint } from "./request.ts";

const questionnairesEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/satisfaction`;
const questionnaireEndpoint = (spaceId: string, year: number) => `${questionnairesEndpoint(spaceId)}/${year}`;
const linkEndpoint = (linkToken: string) => `/satisfaction/${encodeURIComponent(linkToken)}`;

/** The partners' yearly satisfaction questionnaire: the facilitator opens and closes it; its link is answered. */
export const satisfactionApi = {
  questionnaires: (spaceId: string, token: string) =>
    request<SatisfactionQuestionnaireView[]>("GET", questionnairesEndpoint(spaceId), { token }),
  /** The link's token comes back this once. */
  open: (spaceId: string, token: string, year: number) =>
    request<OpenedSatisfactionView>("POST", questionnaireEndpoint(spaceId, year), { token }),
  close: (spaceId: string, token: string, year: number) =>
    request<SatisfactionQuestionnaireView>("POST", `${questionnaireEndpoint(spaceId, year)}/closing`, { token }),
  results: (spaceId: string, token: string, year: number) =>
    request<SatisfactionReport>("GET", `${questionnaireEndpoint(spaceId, year)}/results`, { token }),
  /** Without an account: the link's token is all it takes. */
  form: (linkToken: string) => request<SatisfactionFormView>("GET", linkEndpoint(linkToken)),
  answer: (linkToken: string, answer: SatisfactionAnswerInput) =>
    request<void>("POST", `${linkEndpoint(linkToken)}/answers`, { body: answer }),
};
