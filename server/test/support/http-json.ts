import { expect } from "vitest";

/** The response's JSON body, after checking its status (the body is shown when the status is not the one meant). */
export async function json<T>(response: Response, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

/** The French message of a refusal, after checking its status and the API's error shape: JSON `{ error }`. */
export async function errorOf(response: Response, status: number): Promise<string> {
  const body = await json<{ error: unknown }>(response, status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  expect(typeof body.error).toBe("string");
  return body.error as string;
}
