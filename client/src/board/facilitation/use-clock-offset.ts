import { useEffect, useState } from "react";

/**
 * How far the server's clock is ahead of this device's, in ms. Timers are stored as server times: with the offset,
 * every page counts down to the same second even when a laptop's clock is a minute off.
 */
async function measureClockOffset(): Promise<number> {
  const sentAt = Date.now();
  const response = await fetch("/api/time", { headers: { Accept: "application/json" } });
  const receivedAt = Date.now();
  const payload: unknown = await response.json();
  if (!response.ok || !payload || typeof payload !== "object" || !("now" in payload)) return 0;
  if (typeof payload.now !== "number" || !Number.isFinite(payload.now)) return 0;
  // The server read its clock about halfway through the round trip.
  return payload.now - (sentAt + receivedAt) / 2;
}

/** The clock offset to the server, measured once when the board opens (0 until then, or if it cannot be had). */
export function useClockOffset(): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    let current = true;
    measureClockOffset()
      .catch(() => 0)
      .then((measured) => {
        if (current) setOffset(Math.round(measured));
      });
    return () => {
      current = false;
    };
  }, []);
  return offset;
}
