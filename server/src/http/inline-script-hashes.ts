import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * The content-security-policy sources of the inline scripts the built index.html carries (the early fetch of the
 * page's chunks and first API answers, client/build/page-preloads.ts): the policy allows those exact scripts and no
 * other inline one.
 */
export function inlineScriptHashes(clientDist: string): string[] {
  const page = join(clientDist, "index.html");
  if (!existsSync(page)) return [];
  return [...readFileSync(page, "utf8").matchAll(INLINE_SCRIPT)].map(
    ([, script]) =>
      `'sha256-${createHash("sha256")
        .update(script ?? "")
        .digest("base64")}'`,
  );
}
