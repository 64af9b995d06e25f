import { Hocuspocus } from "@hocuspocus/server";
import type { Config } from "../config.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";
import { DocumentAccess } from "./document-access.ts";
import { DurablePersistence } from "./durable-persistence.ts";
import { SchemaUpgrade } from "./schema-upgrade.ts";

export function createCollabServer(config: Config, store: Store, spaces: SpaceService): Hocuspocus {
  return new Hocuspocus({
    quiet: true,
    debounce: config.snapshotDebounceMs,
    maxDebounce: config.snapshotMaxDebounceMs,
    extensions: [new DocumentAccess(spaces), new DurablePersistence(store), new SchemaUpgrade()],
  });
}
