import type { BilanEntry, BilanEntryInput, ImpactKey, ImpactLink, YearBilan } from "@atelier/shared";
import { downloaded, request, spaceEndpoint } from "./request.ts";

const bilanEndpoint = (spaceId: string) => `${spaceEndpoint(spaceId)}/bilan`;

/** The yearly bilan: whoever reads the plan reads it; facilitators write the entries and the impact links. */
export const bilanApi = {
  year: (spaceId: string, token: string, year: number) =>
    request<YearBilan>("GET", `${bilanEndpoint(spaceId)}/${year}`, { token }),
  saveEntry: (spaceId: string, token: string, year: number, ficheId: string, entry: BilanEntryInput) =>
    request<BilanEntry>("PUT", `${bilanEndpoint(spaceId)}/${year}/fiches/${encodeURIComponent(ficheId)}`, {
      body: entry,
      token,
    }),
  link: (spaceId: string, token: string, link: ImpactLink) =>
    request<ImpactLink>("PUT", `${bilanEndpoint(spaceId)}/impacts`, { body: link, token }),
  unlink: (spaceId: string, token: string, key: ImpactKey) =>
    request<void>("DELETE", `${bilanEndpoint(spaceId)}/impacts`, { body: key, token }),
  /** The bilan annuel for the COPIL, as the server names it. */
  file: (spaceId: string, token: string, year: number) =>
    downloaded(`${bilanEndpoint(spaceId)}/${year}/bilan.docx`, token, `bilan-annuel-ctg-${year}.docx`),
};
