import { spaceArchiveFileName } from "@atelier/shared";
import { Hono } from "hono";
import { exportSpaceArchive } from "../archive/space-archive-export.ts";
import { importSpaceArchive, readSpaceArchive } from "../archive/space-archive-import.ts";
import type { DocumentWriter } from "../collab/document-writer.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";
import type { AccessThrottles } from "./access-throttles.ts";
import { limitBody } from "./body-limit.ts";
import { download } from "./download.ts";
import { refuse } from "./errors.ts";
import { reply } from "./outcome-reply.ts";
import { type AccessEnv, requireAccess } from "./require-access.ts";

/** The import's body is a whole archive; http-app.ts lets it past the small-body limit for this one of its own. */
export const SPACE_ARCHIVE_IMPORT_PATH = /\/spaces\/import$/;
/** Every document's state and every version of the plan: a five-year CTG is a few MiB; 50 MiB leaves room. */
export const MAX_ARCHIVE_BYTES = 50 * 2 ** 20;

/**
 * A space's archive: facilitators download it (`?pseudonyms=1` keeps the names cards are signed with); anyone may
 * import one into a new space, as anyone may create a space, under the same throttle.
 */
export function spaceArchiveRoutes(
  store: Store,
  writer: DocumentWriter,
  spaces: SpaceService,
  access: AccessService,
  throttles: AccessThrottles,
) {
  const facilitator = requireAccess(access, spaces, ["facilitator"]);
  return new Hono<AccessEnv>()
    .post("/import", throttles.spaceCreation, limitBody(MAX_ARCHIVE_BYTES), async (c) => {
      const read = readSpaceArchive(await c.req.text());
      return reply(c, read.ok ? await importSpaceArchive(store, spaces, read.value) : read, 201);
    })
    .get("/:spaceId/archive", facilitator, async (c) => {
      const archive = await exportSpaceArchive(
        store,
        writer,
        c.req.param("spaceId"),
        c.req.query("pseudonyms") === "1",
      );
      if (!archive) return refuse(c, 404, "spaceNotFound");
      return download(
        c,
        JSON.stringify(archive),
        "application/json; charset=utf-8",
        spaceArchiveFileName(archive.space.name),
      );
    });
}
