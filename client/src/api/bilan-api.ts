import { type BilanEntryInput, type ImpactKey, type ImpactLink, pathOf } from "@atelier/shared";
import { downloaded, request } from "./request.ts";

/** The yearly bilan: whoever reads the plan reads it; facilitators write the entries and the impact links. */
export const bilanApi = {
  year: (spaceId: string, token: string, year: number) =>
    request("GET /spaces/:spaceId/bilan/:year", { spaceId, year }, { token }),
  saveEntry: (spaceId: string, token: string, year: number, ficheId: string, entry: BilanEntryInput) =>
    request("PUT /spaces/:spaceId/bilan/:year/fiches/:ficheId", { spaceId, year, ficheId }, { body: entry, token }),
  link: (spaceId: string, token: string, link: ImpactLink) =>
    request("PUT /spaces/:spaceId/bilan/impacts", { spaceId }, { body: link, token }),
  unlink: (spaceId: string, token: string, key: ImpactKey) =>
    request("DELETE /spaces/:spaceId/bilan/impacts", { spaceId }, { body: key, token }),
  /** The bilan annuel for the COPIL, as the server names it. */
  file: (spaceId: string, token: string, year: number) =>
    downloaded(
      pathOf("/spaces/:spaceId/bilan/:year/bilan.docx", { spaceId, year }),
      token,
      `bilan-annuel-ctg-${year}.docx`,
    ),
};
