import { addCard, FACILITATOR_PARTICIPANT_ID, listCards } from "@atelier/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { connectClient, waitFor } from "./support/collab-client.ts";
import { useTestServer } from "./support/use-test-server.ts";

const CLOSE_MESSAGE = 7;

const server = useTestServer({ MAX_MESSAGE_BYTES: String(64 * 1024) });

/**
 * Sends raw frames on a fresh WebSocket and resolves with how the server closed it: the WebSocket itself, or
 * Hocuspocus' close message for the document (code 0 here), each with its reason.
 */
function closeAfter(...frames: Uint8Array[]): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl);
    socket.on("open", () => {
      for (const frame of frames) socket.send(frame);
    });
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) === CLOSE_MESSAGE) {
        resolve({ code: 0, reason: decoding.readVarString(decoder) });
        socket.close();
      }
    });
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on("error", reject);
  });
}

/** Hocuspocus' authentication message: the document name, then the token. */
function authentication(documentName: string, token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

/** A syntactically valid start (document name, sync message, update) whose update is cut short. */
function truncatedUpdate(documentName: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint(encoder, 5000);
  encoding.writeUint8Array(encoder, new Uint8Array([1, 2, 3]));
  return encoding.toUint8Array(encoder);
}

describe("bad WebSocket frames", () => {
  it("disconnect only their sender, with a reason, and the others carry on", async () => {
    const space = await server.createSpace();
    const board = space.boards[0]?.documentName as string;
    const author = { authorId: FACILITATOR_PARTICIPANT_ID, authorName: "Anne", authorRole: "facilitator" } as const;
    const [editor, witness] = [
      await connectClient(server.wsUrl, board, space.facilitatorSecret),
      await connectClient(server.wsUrl, board, space.facilitatorSecret),
    ];

    expect(await closeAfter(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))).toEqual({
      code: 4400,
      reason: "Message illisible : ce n'est pas le protocole Hocuspocus.",
    });
    expect(await closeAfter(new TextEncoder().encode("GET / HTTP/1.1"))).toMatchObject({ code: 4400 });
    expect(await closeAfter(new Uint8Array(64 * 1024 + 1))).toEqual({
      code: 1009,
      reason: "Message trop volumineux (plus de 64 Kio).",
    });
    expect(await closeAfter(authentication(board, space.facilitatorSecret), truncatedUpdate(board))).toMatchObject({
      code: 4400,
    });
    // Well framed, but not a Yjs update: the board's write guard refuses it.
    const notAnUpdate = encoding.createEncoder();
    encoding.writeVarString(notAnUpdate, board);
    encoding.writeVarUint(notAnUpdate, 0);
    encoding.writeVarUint(notAnUpdate, 2);
    encoding.writeVarUint8Array(notAnUpdate, new Uint8Array([0xff, 0xff, 0xff, 0x07]));
    expect(
      await closeAfter(authentication(board, space.facilitatorSecret), encoding.toUint8Array(notAnUpdate)),
    ).toEqual({ code: 0, reason: "Modification refusée : Mise à jour Yjs illisible." });

    addCard(editor.doc, "after", { kind: "constat", title: "Toujours là", ...author }, 1);
    await waitFor(
      () => listCards(witness.doc).map((card) => card.id),
      (ids) => ids.includes("after"),
    );
    expect((await server.request("GET", "/api/health")).status).toBe(200);
    editor.provider.destroy();
    witness.provider.destroy();
  });
});
