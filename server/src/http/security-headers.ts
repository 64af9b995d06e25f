import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import { isHashedFile } from "./static-client.ts";

/**
 * The app loads nothing from elsewhere (no fonts, scripts or trackers: RGPD), and the policy makes the browser
 * enforce it. Inline style attributes stay allowed: the rich-text editor colours other people's carets with them.
 * Inline scripts run only when the build put them there: `scriptHashes` names them.
 */
const forPages = (scriptHashes: readonly string[]) =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      connectSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      scriptSrc: ["'self'", ...scriptHashes],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "no-referrer",
  });

/**
 * The build's hashed scripts and stylesheets are not pages: the policy, framing, transport and referrer headers say
 * nothing of them, and a phone on slow 3G would download those 650 bytes again with each file. They keep what a
 * script or stylesheet is judged by: no type sniffing, and no use by other sites.
 */
const forHashedFiles = secureHeaders({
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

export const securityHeaders = (scriptHashes: readonly string[]) => {
  const pages = forPages(scriptHashes);
  return createMiddleware((c, next) => (isHashedFile(c.req.path) ? forHashedFiles : pages)(c, next));
};
