import type { BilanEntry, ImpactLink, YearBilan } from "./bilan.ts";
import type { BoardFirstScreen } from "./board-first-screen.ts";
import type { PendingContributionView } from "./card.ts";
import type { ConventionStatus, PlanSignature } from "./convention.ts";
import type { Diagnostic } from "./diagnostic.ts";
import type { Demarche, Meeting } from "./governance.ts";
import type { IndicatorView } from "./indicator.ts";
import type { ImportAnswer } from "./indicator-import.ts";
import type {
  AccessView,
  CreatedInvitationView,
  InvitationView,
  JoinedView,
  JoinPreview,
  ParticipantView,
} from "./invitation.ts";
import type { CreatedJoinCodeView, JoinCodeView, LiveJoinCodeView } from "./join-code.ts";
import type { PlanComparison } from "./plan-comparison.ts";
import type { PublicPage } from "./public-page.ts";
import type {
  OpenedSatisfactionView,
  SatisfactionFormView,
  SatisfactionQuestionnaireView,
  SatisfactionReport,
} from "./satisfaction.ts";
import type { BoardView, CreatedSpaceView, SpaceView } from "./space.ts";
import type { TerritoryService } from "./territory-services.ts";

/** A frozen version of the plan, as listed. */
export interface PlanVersionView {
  id: string;
  spaceId: string;
  label: string;
  meetingId: string | null;
  createdAt: number;
}

/** A version just frozen, with how many fiches it holds. */
export interface FrozenPlanVersion extends PlanVersionView {
  fiches: number;
}

/** Agreed cards promoted to a fiche action; `created` is false when they already were, so it is asked once. */
export interface PromotionResult {
  ficheId: string;
  created: boolean;
  cardIds: string[];
}

export interface ContributionResult {
  cardId: string;
  /** "pending" when the link is moderated: the card waits for a facilitator before anyone sees it. */
  status: "published" | "pending";
}

/** What an RGPD erasure removed from the space's boards. */
export interface Erasure {
  cards: number;
  votes: number;
}

/**
 * The JSON each API route answers when it succeeds (`null`: 204, no body), by method and path under `/api`. The
 * client types its calls from it; the server's type check holds every route's answer to it
 * (server/src/http/api-contract.ts), so a route that changes its answer fails the check until this changes, and
 * this changing fails the client's code that relied on it. Refusals are always `{ error }`; files are not JSON.
 */
export interface ApiAnswers {
  "POST /demo": CreatedSpaceView;
  "POST /join": JoinedView;
  "POST /join/preview": JoinPreview;
  "GET /public/:slug": PublicPage;
  "GET /satisfaction/:token": SatisfactionFormView;
  "POST /satisfaction/:token/answers": { recorded: true };
  "POST /spaces": CreatedSpaceView;
  "POST /spaces/import": CreatedSpaceView;
  "GET /spaces/:spaceId": SpaceView;
  "PATCH /spaces/:spaceId": SpaceView;
  "POST /spaces/:spaceId/renewal": CreatedSpaceView;
  "POST /spaces/:spaceId/boards": BoardView;
  "PATCH /spaces/:spaceId/boards/:boardId": BoardView;
  "GET /spaces/:spaceId/boards/:boardId/first-screen": BoardFirstScreen;
  "POST /spaces/:spaceId/boards/:boardId/contributions": ContributionResult;
  "GET /spaces/:spaceId/boards/:boardId/contributions/pending": PendingContributionView[];
  "DELETE /spaces/:spaceId/boards/:boardId/contributions/:cardId": null;
  "POST /spaces/:spaceId/boards/:boardId/votes": { votesLeft: number };
  "DELETE /spaces/:spaceId/boards/:boardId/votes/:cardId": { votesLeft: number };
  "GET /spaces/:spaceId/boards/:boardId/pending": PendingContributionView[];
  "POST /spaces/:spaceId/boards/:boardId/pending/:pendingId/accept": { cardId: string };
  "DELETE /spaces/:spaceId/boards/:boardId/pending/:pendingId": null;
  "GET /spaces/:spaceId/me": AccessView;
  "DELETE /spaces/:spaceId/me": Erasure;
  "GET /spaces/:spaceId/participants": ParticipantView[];
  "DELETE /spaces/:spaceId/participants/:participantId": Erasure;
  "GET /spaces/:spaceId/invitations": InvitationView[];
  "POST /spaces/:spaceId/invitations": CreatedInvitationView;
  "DELETE /spaces/:spaceId/invitations/:invitationId": InvitationView;
  "GET /spaces/:spaceId/join-codes": LiveJoinCodeView[];
  "POST /spaces/:spaceId/join-codes": CreatedJoinCodeView;
  "DELETE /spaces/:spaceId/join-codes/:codeId": JoinCodeView;
  "GET /spaces/:spaceId/meetings": Meeting[];
  "POST /spaces/:spaceId/meetings": Meeting;
  "PATCH /spaces/:spaceId/meetings/:meetingId": Meeting;
  "DELETE /spaces/:spaceId/meetings/:meetingId": null;
  "GET /spaces/:spaceId/demarche": Demarche;
  "PATCH /spaces/:spaceId/demarche": Demarche;
  "POST /spaces/:spaceId/demarche/reopenings": Demarche;
  "GET /spaces/:spaceId/bilan/:year": YearBilan;
  "PUT /spaces/:spaceId/bilan/:year/fiches/:ficheId": BilanEntry;
  "PUT /spaces/:spaceId/bilan/impacts": ImpactLink;
  "DELETE /spaces/:spaceId/bilan/impacts": null;
  "GET /spaces/:spaceId/diagnostic": Diagnostic;
  "GET /spaces/:spaceId/indicators": IndicatorView[];
  "PATCH /spaces/:spaceId/indicators/:indicatorId": IndicatorView;
  "POST /spaces/:spaceId/indicators/import": ImportAnswer;
  "GET /spaces/:spaceId/plan/versions": PlanVersionView[];
  "POST /spaces/:spaceId/plan/versions": FrozenPlanVersion;
  "GET /spaces/:spaceId/plan/versions/:from/compare/:to": PlanComparison;
  "POST /spaces/:spaceId/plan/promotions": PromotionResult;
  "GET /spaces/:spaceId/plan/signature": ConventionStatus;
  "POST /spaces/:spaceId/plan/versions/:versionId/signature": PlanSignature;
  "POST /spaces/:spaceId/plan/signature/withdrawal": ConventionStatus;
  "GET /spaces/:spaceId/public-page": { slug: string | null };
  "POST /spaces/:spaceId/public-page": { slug: string };
  "DELETE /spaces/:spaceId/public-page": null;
  "GET /spaces/:spaceId/satisfaction": SatisfactionQuestionnaireView[];
  "POST /spaces/:spaceId/satisfaction/:year": OpenedSatisfactionView;
  "POST /spaces/:spaceId/satisfaction/:year/closing": SatisfactionQuestionnaireView;
  "GET /spaces/:spaceId/satisfaction/:year/results": SatisfactionReport;
  "GET /spaces/:spaceId/services": TerritoryService[];
  "POST /spaces/:spaceId/services": TerritoryService;
  "PATCH /spaces/:spaceId/services/:serviceId": TerritoryService;
  "DELETE /spaces/:spaceId/services/:serviceId": null;
}

export type ApiRoute = keyof ApiAnswers;

/** The path of a route, without its method: "GET /spaces/:spaceId" → "/spaces/:spaceId". */
export type RoutePath<R extends string> = R extends `${string} ${infer Path}` ? Path : never;

type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

/** The values a path's `:names` take, encoded when the path is filled (pathOf). */
export type PathParams<Path extends string> = { [Name in ParamNames<Path>]: string | number };

/** A path with its `:names` filled in, each value encoded for a URL. */
export function pathOf<Path extends string>(path: Path, params: PathParams<Path>): string {
  const values: Record<string, string | number> = params;
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values[name])));
}
