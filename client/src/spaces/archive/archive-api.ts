import type { CreatedSpaceView } from "@atelier/shared";
import { call, downloaded, spaceEndpoint } from "../../api/request.ts";

/** A space's archive: downloaded by its facilitators, imported by anyone into a new space (like creating one). */
export const archiveApi = {
  download: (spaceId: string, secret: string, pseudonyms: boolean) =>
    downloaded(`${spaceEndpoint(spaceId)}/archive${pseudonyms ? "?pseudonyms=1" : ""}`, secret, "ctg-archive.json"),
  import: async (file: File) =>
    (await (
      await call("POST", "/spaces/import", { body: file, headers: { "Content-Type": "application/json" } })
    ).json()) as CreatedSpaceView,
};
