import { randomUUID } from "node:crypto";
import { parseDocumentName } from "@atelier/shared";
import type { Extension, Hocuspocus, onConfigurePayload } from "@hocuspocus/server";
import type { Redis } from "ioredis";
import { z } from "zod/mini";
import { logOf } from "../observability/log.ts";
import type { AccessService } from "../spaces/access-service.ts";
import type { SpaceService } from "../spaces/space-service.ts";
import { closeConnectionsNoLongerGranted } from "./access-withdrawal.ts";
import { followBoard } from "./board-archiving.ts";

/**
 * What an instance tells the others when a space changes under open connections: a board archived or restored,
 * some access withdrawn (with the reason its holders are told). It says where to look, never what to decide: each
 * instance reads the board or checks the tokens again in the shared store.
 */
const SpaceEventSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("board"), spaceId: z.string(), boardId: z.string() }),
  z.object({ kind: z.literal("access"), spaceId: z.string(), reason: z.string() }),
]);
type SpaceEvent = z.infer<typeof SpaceEventSchema>;
/** On the channel, with the instance it comes from (which ignores it). */
const SpaceEventMessageSchema = z.object({ from: z.string(), event: SpaceEventSchema });

/** Told to connections whose access ended while this instance was not listening, so the reason is unknown here. */
const ACCESS_ENDED_UNHEARD = "Votre accès à cet espace CTG a pris fin.";

const events = logOf("space-events");

/**
 * Several instances: archiving a board or withdrawing access is decided on one of them, and reaches the sockets
 * open on all of them through one Redis channel. Every instance applies it to its own sockets (the one that decided
 * has already done so, and ignores its own message). Messages missed while the subscription was down are made up
 * for when it is back: every open board and connection is checked again. Clients that reconnect meanwhile are
 * checked anyway when they authenticate.
 *
 * Default priority: it only listens, from onConfigure, and takes part in no per-document or per-connection hook
 * whose order would matter.
 */
export class SpaceEvents implements Extension {
  private readonly identifier = randomUUID();
  private readonly channel: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly spaces: SpaceService;
  private readonly access: AccessService;

  /** The publisher may be shared; the subscriber may not (a subscribed Redis connection does nothing else). */
  constructor(options: {
    publisher: Redis;
    subscriber: Redis;
    prefix: string;
    spaces: SpaceService;
    access: AccessService;
  }) {
    this.channel = `${options.prefix}:space-events`;
    this.publisher = options.publisher;
    this.subscriber = options.subscriber;
    this.spaces = options.spaces;
    this.access = options.access;
  }

  async onConfigure({ instance }: onConfigurePayload) {
    this.spaces.onBoardChange((board) => this.publish({ kind: "board", spaceId: board.spaceId, boardId: board.id }));
    this.access.onWithdrawal(({ spaceId, reason }) => this.publish({ kind: "access", spaceId, reason }));
    this.subscriber.on("message", (channel: string, message: string) => {
      if (channel === this.channel) this.settle(this.receive(instance, message));
    });
    // Ready after a lost connection: ioredis renews the subscription in this same turn, before any store answers.
    let lost = false;
    this.subscriber.on("close", () => {
      lost = true;
    });
    this.subscriber.on("ready", () => {
      if (lost) this.settle(this.checkEverything(instance));
      lost = false;
    });
    this.settle(this.subscriber.subscribe(this.channel));
  }

  private publish(event: SpaceEvent): void {
    this.settle(this.publisher.publish(this.channel, JSON.stringify({ from: this.identifier, event })));
  }

  private async receive(instance: Hocuspocus, message: string): Promise<void> {
    const parsed = SpaceEventMessageSchema.safeParse(JSON.parse(message));
    if (!parsed.success) {
      events.warn({ message: message.slice(0, 200) }, "unreadable space event ignored");
      return;
    }
    const { from, event } = parsed.data;
    if (from === this.identifier) return;
    const connections =
      event.kind === "board"
        ? await this.followBoard(instance, event.spaceId, event.boardId)
        : await closeConnectionsNoLongerGranted(instance, this.access, event.spaceId, event.reason);
    // How many sockets here it changed: followed a board, or closed.
    events.info({ kind: event.kind, space: event.spaceId, connections }, "space event applied");
  }

  private async followBoard(instance: Hocuspocus, spaceId: string, boardId: string): Promise<number> {
    const board = await this.spaces.findBoard(spaceId, boardId);
    return board ? followBoard(instance, board) : 0;
  }

  private async checkEverything(instance: Hocuspocus): Promise<void> {
    const spaceIds = new Set<string>();
    for (const documentName of [...instance.documents.keys()]) {
      const ref = parseDocumentName(documentName);
      if (!ref) continue;
      spaceIds.add(ref.spaceId);
      if (ref.kind === "board") await this.followBoard(instance, ref.spaceId, ref.boardId);
    }
    for (const spaceId of spaceIds)
      await closeConnectionsNoLongerGranted(instance, this.access, spaceId, ACCESS_ENDED_UNHEARD);
  }

  /** Redis or the store may be down for a while: that is logged, and the health check reports it. */
  private settle(work: Promise<unknown>): void {
    work.catch((error: unknown) => events.error({ err: error }, "space event not relayed or applied"));
  }
}
