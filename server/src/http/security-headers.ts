import { secureHeaders } from "hono/secure-headers";

/**
 * The app loads nothing from elsewhere (no fonts, scripts or trackers: RGPD), and the policy makes the browser
 * enforce it. Inline style attributes stay allowed: the rich-text editor colours other people's carets with them.
 * Inline scripts run only when the build put them there: `scriptHashes` names them.
 */
export const securityHeaders = (scriptHashes: readonly string[]) =>
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
