import { z } from "zod/mini";
import type { InvitedRole } from "./invitation-kinds.ts";
import { JOIN_CODE_LENGTH, joinCodeIn } from "./join-code-text.ts";
import { problem } from "./problems.ts";
import { objectErrors } from "./validation.ts";

/** How long a code lets people in when the facilitator does not say, and at most (never past its invitation). */
export const JOIN_CODE_DEFAULT_HOURS = 12;
export const JOIN_CODE_MAX_HOURS = 72;

/** A typed code, read as its eight characters (what the server hashes and looks up). */
export const JoinCodeSchema = z.pipe(
  z.string({ error: problem("notText", "joinCode") }).check(z.maxLength(40, problem("joinCodeTooLong"))),
  z.transform((text, context) => {
    const code = joinCodeIn(text);
    if (code === null) {
      context.issues.push({
        code: "custom",
        input: text,
        message: problem("joinCodeMalformed"),
        params: { count: JOIN_CODE_LENGTH },
      });
      return z.NEVER;
    }
    return code;
  }),
);

/** A facilitator makes a code for one of the space's invitation links, which they hold (only its hash is kept). */
export const NewJoinCodeSchema = z.strictObject(
  {
    token: z.string({ error: problem("required", "invitationLink") }).check(z.minLength(1), z.maxLength(200)),
    hours: z._default(
      z
        .number({ error: problem("hoursNotNumber") })
        .check(
          z.int(problem("hoursNotInteger")),
          z.minimum(1, problem("hoursTooSmall")),
          z.maximum(JOIN_CODE_MAX_HOURS, problem("hoursTooBig")),
        ),
      JOIN_CODE_DEFAULT_HOURS,
    ),
  },
  { error: objectErrors("joinCodeRequestNotObject") },
);
export type NewJoinCode = z.input<typeof NewJoinCodeSchema>;

export interface JoinCodeView {
  id: string;
  invitationId: string;
  expiresAt: number;
  withdrawn: boolean;
  createdAt: number;
}

/**
 * A code still letting people in, as listed to the space's facilitators on any device: what it opens, never its
 * characters (only their hash is kept, so a code is shown only where it was made).
 */
export interface LiveJoinCodeView extends JoinCodeView {
  /** The label and role of the invitation link it stands for. */
  label: string;
  role: InvitedRole;
}

/** Returned once, when the code is made: only its hash is kept. */
export interface CreatedJoinCodeView extends JoinCodeView {
  /** As shown on screen, `K7MX-42QF`. */
  code: string;
}
