/**
 * The title a simulated participant gives its card at each edit carries a fixed-width marker: who sent it (their
 * instance and their place on the board) and when. Yjs writes a title's UTF-8 bytes as they are into the update, so a
 * receiver finds the marker in the frame's bytes without applying the update to a document.
 */

const MARKER = Buffer.from("@@t", "latin1");
const INSTANCE_DIGITS = 1;
const SEAT_DIGITS = 5;
const TIME_CHARS = 17;
const MARKER_BYTES = MARKER.length + INSTANCE_DIGITS + SEAT_DIGITS + TIME_CHARS;

/** Milliseconds on a clock that worker threads of one process share (sub-millisecond resolution). */
export const benchClock = () => performance.timeOrigin + performance.now();

export interface Marker {
  instance: number;
  seat: number;
  sentAt: number;
}

export function markedTitle({ instance, seat, sentAt }: Marker): string {
  const time = sentAt.toFixed(3).padStart(TIME_CHARS, "0");
  return `Carte ${seat} ${MARKER.toString("latin1")}${instance}${String(seat).padStart(SEAT_DIGITS, "0")}${time}`;
}

/** Every marker in a frame (a broadcast may merge several updates). */
export function markersIn(frame: Uint8Array): Marker[] {
  const bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
  const found: Marker[] = [];
  for (let at = bytes.indexOf(MARKER); at !== -1; at = bytes.indexOf(MARKER, at + MARKER_BYTES)) {
    const text = bytes.toString("latin1", at + MARKER.length, at + MARKER_BYTES);
    const instance = Number(text.slice(0, INSTANCE_DIGITS));
    const seat = Number(text.slice(INSTANCE_DIGITS, INSTANCE_DIGITS + SEAT_DIGITS));
    const sentAt = Number(text.slice(INSTANCE_DIGITS + SEAT_DIGITS));
    if (Number.isFinite(instance + seat + sentAt)) found.push({ instance, seat, sentAt });
  }
  return found;
}
