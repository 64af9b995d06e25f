import { type Extension, Hocuspocus } from "@hocuspocus/server";
import type { Config } from "../config.ts";
import type { CitationCatalog } from "../indicators/citation-catalog.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import type { Store } from "../store/store.ts";
import { closeConnectionsOnWithdrawal } from "./access-withdrawal.ts";
import { BoardArchiving } from "./board-archiving.ts";
import { BoardFirstScreens } from "./board-first-screens.ts";
import { BoardLock } from "./board-lock.ts";
import { BoardWriteGuard } from "./board-write-guard.ts";
import { ConnectionLog } from "./connection-log.ts";
import { DocumentAccess } from "./document-access.ts";
import { DurablePersistence } from "./durable-persistence.ts";
import { PresenceGuard } from "./presence-guard.ts";
import { SchemaUpgrade } from "./schema-upgrade.ts";

export function createCollabServer(
  config: Config,
  store: Store,
  spaces: SpaceService,
  access: AccessService,
  citations: CitationCatalog,
  metrics: Metrics,
  scaleOut: Extension[] = [],
) {
  // The WebSocket endpoint asks it when an update is logged, to acknowledge the update then.
  const persistence = new DurablePersistence(store.documents, metrics);
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: config.snapshotDebounceMs,
    maxDebounce: config.snapshotMaxDebounceMs,
    extensions: [
      new DocumentAccess(spaces, access, metrics),
      persistence,
      new BoardFirstScreens(store.documents),
      new SchemaUpgrade(),
      new BoardLock(),
      new BoardArchiving(spaces),
      new BoardWriteGuard(citations, metrics),
      new PresenceGuard(metrics),
      new ConnectionLog(),
      ...scaleOut,
    ],
  });
  closeConnectionsOnWithdrawal(hocuspocus, access);
  metrics.watch(hocuspocus);
  return { hocuspocus, persistence };
}
