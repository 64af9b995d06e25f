import { joinKeyOf } from "@atelier/shared";
import type { Context, Env } from "hono";
import type { AccessLimits } from "../config.ts";
import { hashSecret } from "../spaces/secrets.ts";
import { clientAddress, throttle } from "./throttle.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The doors anyone may knock on. Creating a space makes its creator a facilitator, and each join gives a fresh
 * participant with a fresh contribution budget: both are limited per address, and joins per invitation link too.
 * One limiter serves the space and demo routes, so that the demo is no way around it.
 */
export function accessThrottles(limits: AccessLimits) {
  const address = (c: Context) => clientAddress(c, limits.trustProxy);
  /** After the body is validated: keyed by the link's (or the code's) hash, so no token is kept in memory. */
  const throughLink = {
    windowMs: MINUTE,
    limit: limits.joinsPerMinute.perLink,
    key: (c: ValidatedJoin) => {
      const key = validatedKeyOf(c);
      return `link:${hashSecret("token" in key ? key.token : key.code)}`;
    },
    code: "tooManyJoinsThroughLink" as const,
  };
  return {
    spaceCreation: throttle({
      windowMs: HOUR,
      limit: limits.spacesPerHour,
      key: address,
      code: "tooManySpaces",
    }),
    joinFromAddress: throttle({
      windowMs: MINUTE,
      limit: limits.joinsPerMinute.perAddress,
      key: address,
      code: "tooManyJoins",
    }),
    /** A space's public page is read without an account, each read loading its plan and boards: as often as joins. */
    publicPageFromAddress: throttle({
      windowMs: MINUTE,
      limit: limits.joinsPerMinute.perAddress,
      key: address,
      code: "tooManyPageReads",
    }),
    /** The partners' satisfaction questionnaire is answered without an account: as many answers as joins. */
    satisfactionAnswerFromAddress: throttle({
      windowMs: MINUTE,
      limit: limits.joinsPerMinute.perAddress,
      key: address,
      code: "tooManyAnswers",
    }),
    joinThroughLink: throttle(throughLink),
    /** Looking at a link before joining is counted apart, with the same limits: a whole room may look, then join. */
    joinPreviewFromAddress: throttle({
      windowMs: MINUTE,
      limit: limits.joinsPerMinute.perAddress,
      key: address,
      code: "tooManyLinkPreviews",
    }),
    joinPreviewThroughLink: throttle(throughLink),
    /**
     * Codes are short enough to guess, links are not: wrong or dead codes, looked at or joined with, are counted
     * for each address over an hour, after the body is validated (the right code still counts nothing).
     */
    codeFailuresFromAddress: throttle({
      windowMs: HOUR,
      limit: limits.codeFailuresPerHour,
      key: address,
      code: "tooManyWrongCodes",
      failuresOnly: true,
      skip: (c: ValidatedJoin) => !("code" in validatedKeyOf(c)),
    }),
  };
}

/** A join or preview request once jsonBody(JoinSchema or JoinPreviewSchema) let it through, as these limits follow it. */
type ValidatedJoin = Context<Env, string, { out: { json: { token?: string; code?: string } } }>;

/** The link's token or the code (read as its eight characters by the schema), as validated. */
const validatedKeyOf = (c: ValidatedJoin) => joinKeyOf(c.req.valid("json"));

export type AccessThrottles = ReturnType<typeof accessThrottles>;
