import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MAIN_PAGE, PHONE_PAGE } from "./static-client.ts";

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * The content-security-policy sources of the inline scripts the built pages carry (the early fetch of the page's
 * chunks and first API answers, client/build/page-preloads.ts): the policy allows those exact scripts and no other
 * inline one.
 */
export function inlineScriptHashes(clientDist: string): string[] {
  return [MAIN_PAGE, PHONE_PAGE]
    .map((page) => join(clientDist, page))
    .filter((page) => existsSync(page))
    .flatMap((page) => [...readFileSync(page, "utf8").matchAll(INLINE_SCRIPT)])
    .map(
      ([, script]) =>
        `'sha256-${createHash("sha256")
          .update(script ?? "")
          .digest("base64")}'`,
    );
}
