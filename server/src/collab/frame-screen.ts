import { frenchRefusal } from "@atelier/shared";
import { MessageType } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";

/** Close code for a frame that is not the Hocuspocus protocol (4400: "bad request", in the application range). */
export const UNREADABLE_FRAME = 4400;
/** The standard close code for a message too big to process. */
export const FRAME_TOO_BIG = 1009;

export type FrameVerdict = { ok: true } | { ok: false; code: number; reason: string };

/**
 * Looks at a frame before Hocuspocus does: it must fit the size limit and start like a Hocuspocus message (a
 * document name, then a known message type). Anything else closes that connection with a reason, and only it.
 */
export function screenFrame(frame: Uint8Array, maxBytes: number): FrameVerdict {
  if (frame.length > maxBytes) {
    return { ok: false, code: FRAME_TOO_BIG, reason: frenchRefusal("frameTooBig", { bytes: maxBytes }) };
  }
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    // Sync and awareness messages carry a length-prefixed payload: a frame cut short fails here.
    if (type === MessageType.Sync) {
      decoding.readVarUint(decoder);
      decoding.readVarUint8Array(decoder);
    } else if (type === MessageType.Awareness) {
      decoding.readVarUint8Array(decoder);
    }
    if (type in MessageType && type >= 0) return { ok: true };
  } catch {
    // Falls through to the refusal below.
  }
  return { ok: false, code: UNREADABLE_FRAME, reason: frenchRefusal("frameNotHocuspocus") };
}
