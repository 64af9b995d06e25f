import type { JoinedView } from "@atelier/shared";
import type { Page } from "playwright-core";

/**
 * Gives a browser the access of someone who joined through an invitation link (`server.join`), stored where and as
 * the join page stores it (client/src/access/participant-access.ts), before any page of the app loads.
 */
export async function rememberParticipantAccess(page: Page, joined: JoinedView): Promise<void> {
  const { participantToken: token, ...view } = joined;
  await page.addInitScript(({ key, value }) => window.localStorage.setItem(key, value), {
    key: `atelier:participant:${joined.spaceId}`,
    value: JSON.stringify({ token, view }),
  });
}
