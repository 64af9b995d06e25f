import type { Hocuspocus } from "@hocuspocus/server";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Why the server refused something a client sent over WebSocket: a closed set, so that each is one series. */
export type RefusalReason =
  | "access"
  | "write_guard"
  | "unreadable_frame"
  | "frame_too_big"
  | "presence_too_big"
  | "presence_flood"
  | "foreign_origin";

/**
 * The server's figures in Prometheus' text format (GET /api/metrics, behind METRICS_TOKEN). One registry per server,
 * so that servers started side by side (the tests) keep their own counts.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly updatesAccepted = new Counter({
    name: "atelier_updates_accepted_total",
    help: "Document updates accepted and handed to the update log.",
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: "atelier_refusals_total",
    help: "What clients sent over WebSocket and the server refused, by reason.",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly appendSeconds = new Histogram({
    name: "atelier_update_log_append_seconds",
    help: "Time to append a batch of updates to the update log.",
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly compactions = new Counter({
    name: "atelier_snapshot_compactions_total",
    help: "Update logs compacted into a snapshot.",
    registers: [this.registry],
  });
  readonly storeErrors = new Counter({
    name: "atelier_store_errors_total",
    help: "Failed loads, appends and snapshots of documents.",
    labelNames: ["operation"] as const,
    registers: [this.registry],
  });
  readonly httpResponses = new Counter({
    name: "atelier_http_responses_total",
    help: "HTTP responses, by method, route pattern and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "atelier_" });
  }

  /** Connections and loaded documents are read from Hocuspocus at each scrape, not counted beside it. */
  watch(hocuspocus: Hocuspocus): void {
    new Gauge({
      name: "atelier_websocket_connections",
      help: "Open document connections (one socket may carry several).",
      registers: [this.registry],
      collect() {
        this.set(hocuspocus.getConnectionsCount());
      },
    });
    new Gauge({
      name: "atelier_documents_loaded",
      help: "Documents held in memory.",
      registers: [this.registry],
      collect() {
        this.set(hocuspocus.getDocumentsCount());
      },
    });
  }
}
