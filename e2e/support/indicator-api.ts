import type { CreatedSpaceView, IndicatorView } from "@atelier/shared";
import type { TestServer } from "./test-server.ts";

/** Imports the example figures (Conflent-Canigou 2019) into a space through the HTTP API, as any client could. */
export async function importExampleIndicators(server: TestServer, space: CreatedSpaceView): Promise<IndicatorView[]> {
  const csv = await (await fetch(`${server.url}/api/examples/conflent-canigou-2019.csv`)).text();
  const imported = await fetch(`${server.url}/api/spaces/${space.id}/indicators/import`, {
    method: "POST",
    headers: { "content-type": "text/csv", authorization: `Bearer ${space.facilitatorSecret}` },
    body: csv,
  });
  if (imported.status !== 201) throw new Error(`import refused: ${imported.status} ${await imported.text()}`);
  const listed = await server.request("GET", `/api/spaces/${space.id}/indicators`, { token: space.facilitatorSecret });
  return (await listed.json()) as IndicatorView[];
}

export function indicatorLabelled(indicators: IndicatorView[], label: string): IndicatorView {
  const found = indicators.find((indicator) => indicator.label === label);
  if (!found) throw new Error(`no indicator « ${label} »`);
  return found;
}
