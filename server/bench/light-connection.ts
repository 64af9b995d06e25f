import WebSocket from "ws";
import { benchClock } from "./edit-marker.ts";
import {
  authenticationFrame,
  readServerFrame,
  type ServerFrame,
  updateFrame,
  wholeDocumentRequest,
} from "./protocol-frames.ts";

/** What a connection hears once open: someone's update, and when it arrived on the bench's clock. */
export type UpdateListener = (update: Uint8Array, receivedAt: number) => void;

/**
 * One raw WebSocket speaking the Hocuspocus protocol for one document, with no Yjs document behind it: it asks for the
 * whole document once (to be let in, as a provider would), sends updates made elsewhere and hands over the updates it
 * receives as bytes. Hundreds of them cost the bench little, so the server is what the figures measure.
 */
export class LightConnection {
  private readonly socket: WebSocket;
  private readonly documentName: string;
  /** Waiting for the server's acknowledgements, which come in the order the updates were sent. */
  private readonly acknowledgements: Array<(applied: boolean) => void> = [];
  private readonly closed: Promise<void>;

  private constructor(socket: WebSocket, documentName: string) {
    this.socket = socket;
    this.documentName = documentName;
    this.closed = new Promise((resolve) =>
      socket.once("close", () => {
        for (const acknowledge of this.acknowledgements.splice(0)) acknowledge(false);
        resolve();
      }),
    );
  }

  /** Resolves once the server let it in and sent the whole document (its bytes, as a Yjs update). */
  static open(url: string, documentName: string, token: string, onUpdate: UpdateListener = () => {}) {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    const connection = new LightConnection(socket, documentName);
    return new Promise<{ connection: LightConnection; document: Uint8Array }>((resolve, reject) => {
      let opened = false;
      socket.on("open", () => {
        socket.send(authenticationFrame(documentName, token));
        socket.send(wholeDocumentRequest(documentName));
      });
      socket.on("message", (data: Buffer) => {
        const receivedAt = benchClock();
        const frame: ServerFrame = readServerFrame(data);
        if (frame.kind === "update") onUpdate(frame.update, receivedAt);
        else if (frame.kind === "saved") connection.acknowledgements.shift()?.(frame.applied);
        else if (frame.kind === "denied") reject(new Error(`refused: ${frame.reason}`));
        else if (frame.kind === "document" && !opened) {
          opened = true;
          resolve({ connection, document: frame.update });
        }
      });
      socket.once("error", reject);
      socket.once("close", (code, reason) => {
        if (!opened) reject(new Error(`closed before sync: ${code} ${reason.toString()}`));
      });
    });
  }

  /** Sends an update; resolves with whether the server applied it (false when the connection closed first). */
  send(update: Uint8Array): Promise<boolean> {
    if (this.socket.readyState !== WebSocket.OPEN) return Promise.resolve(false);
    const applied = new Promise<boolean>((resolve) => this.acknowledgements.push(resolve));
    this.socket.send(updateFrame(this.documentName, update));
    return applied;
  }

  close(): Promise<void> {
    this.socket.close(1000);
    return this.closed;
  }
}
