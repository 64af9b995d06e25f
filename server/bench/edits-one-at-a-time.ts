import { LightParticipant, type Seat } from "./light-participant.ts";
import { processUsage } from "./process-usage.ts";

/**
 * Server CPU per edit when two participants edit one at a time, each edit waiting until the other participant
 * sees it. Under the edit load the server shares the machine's cores with the simulated participants (and, here,
 * other work), which blurs a small difference; this isolates what the server spends on one edit.
 */
export async function cpuPerEdit(seats: Seat[], serverPid: number, edits: number): Promise<number> {
  let seen: (() => void) | undefined;
  const pair: LightParticipant[] = [];
  for (const seat of seats.slice(0, 2)) pair.push(await LightParticipant.join(seat, () => seen?.()));
  const before = processUsage(serverPid).cpuSeconds;
  for (let i = 0; i < edits; i++) {
    const arrived = new Promise<void>((resolve) => {
      seen = resolve;
    });
    pair[i % pair.length]?.edit();
    await arrived;
  }
  const cpuSeconds = processUsage(serverPid).cpuSeconds - before;
  await Promise.all(pair.map((participant) => participant.leave()));
  return (cpuSeconds / edits) * 1e6;
}
