import type { ApiAnswers, ApiRoute, RoutePath } from "@atelier/shared";
import type { ExtractSchema } from "hono/types";
import type { UnionToIntersection } from "hono/utils/types";
import type { AppType } from "./http-app.ts";

type Method<R extends string> = R extends `${infer M} ${string}` ? `$${Lowercase<M>}` : never;

/** Hono's record of a route (every response it may send), by the contract's "METHOD /path" under `/api`. */
type Endpoints<App, R extends string> =
  UnionToIntersection<ExtractSchema<App>> extends Record<`/api${RoutePath<R>}`, infer Route>
    ? Route extends Record<Method<R>, infer E>
      ? E
      : never
    : never;

/** A response sent with a success status: refusals are sent with theirs (4xx, 5xx). */
type Answering<E> = E extends { status: infer S; output: unknown }
  ? [S & (200 | 201 | 204)] extends [never]
    ? never
    : E
  : never;

/**
 * What a route answers when it succeeds, as the client parses it. `null` for a route that sends nothing (204) or JSON
 * `null` (Hono types that as never); reply() may send 204 as far as types go, which counts only when nothing else is.
 */
export type RouteAnswer<App, R extends string> = [Endpoints<App, R>] extends [never]
  ? "not a route of the app"
  : JsonOrNothing<Extract<Answering<Endpoints<App, R>>, { outputFormat: "json" }>["output"]>;

type JsonOrNothing<Output> = [Output] extends [never] ? null : Output;

/** Both ways assignable: the route sends every field the contract promises, and none it does not name. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The contract's routes whose answer differs from what the app's route sends (never, when they all agree). */
export type Breaches<App, Routes extends ApiRoute = ApiRoute> = {
  [R in Routes]: Same<RouteAnswer<App, R>, ApiAnswers[R]> extends true ? never : R;
}[Routes];

/**
 * Checked by `tsc -p server` (pnpm typecheck): a route whose answer drifts from shared/src/api-answers.ts makes this
 * line fail, naming the route.
 */
export const contractHolds: [Breaches<AppType>] extends [never] ? true : Breaches<AppType> = true;
