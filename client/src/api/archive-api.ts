import { type ApiAnswers, pathOf } from "@atelier/shared";
import { call, downloaded } from "./request.ts";

/** A space's archive: downloaded by its facilitators, imported by anyone into a new space (like creating one). */
export const archiveApi = {
  download: (spaceId: string, secret: string, pseudonyms: boolean) =>
    downloaded(
      `${pathOf("/spaces/:spaceId/archive", { spaceId })}${pseudonyms ? "?pseudonyms=1" : ""}`,
      secret,
      "ctg-archive.json",
    ),
  /** The archive goes as the file it is: `request` would send its body through JSON.stringify. */
  import: async (file: File) =>
    (await (
      await call("POST", "/spaces/import", { body: file, headers: { "Content-Type": "application/json" } })
    ).json()) as ApiAnswers["POST /spaces/import"],
};
