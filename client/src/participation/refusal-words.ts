import { type ParticipationRefusal, participationRefusalIn, VOTE_REFUSALS, type VoteRefusal } from "@atelier/shared";
import { ApiError } from "../api/request.ts";
import { t } from "../i18n/text.ts";

const isVoteRefusal = (code: ParticipationRefusal): code is VoteRefusal =>
  (VOTE_REFUSALS as readonly string[]).includes(code);

/** The refusal's code worded in the interface's language (the vote's codes as the board words them). */
function refusalText(code: ParticipationRefusal): string {
  return isVoteRefusal(code) ? t.boardDetails.voteRefusals[code] : t.participationRefusals[code];
}

/**
 * The request's answer, or its refusal in the habitant's words when its code is known: any other failure (an unknown
 * code, the network) as it came, in the server's words.
 */
export async function inHabitantWords<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    const code = error instanceof ApiError ? participationRefusalIn(error.body) : null;
    throw code && error instanceof ApiError ? new ApiError(refusalText(code), error.status, error.body) : error;
  }
}
