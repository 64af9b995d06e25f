import {
  type ApiAnswers,
  type ImportMapping,
  type ImportRefusal,
  type ImportRefusalCode,
  type IndicatorCorrection,
  pathOf,
  XLSX_TYPE,
} from "@atelier/shared";
import { ApiError, call, request } from "./request.ts";

/** The file types the import accepts, for the file input's `accept`. */
export const INDICATOR_FILE_ACCEPT = `.csv,.xlsx,text/csv,${XLSX_TYPE}`;

/** The example data set the server ships (Conflent-Canigou, 2019), to download as a model of the expected columns. */
export const EXAMPLE_INDICATORS_URL = "/api/examples/conflent-canigou-2019.csv";

/**
 * The server reads the body by its declared type. Browsers guess a CSV's type from the system (Excel on Windows says
 * "application/vnd.ms-excel"), so the extension decides; anything else goes as is and the server names the problem.
 */
function contentTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith(".xlsx")) return XLSX_TYPE;
  if (name.endsWith(".csv")) return "text/csv";
  return file.type || "application/octet-stream";
}

/** Territorial figures: whoever holds a token of the space reads them; facilitators import and correct them. */
export const indicatorsApi = {
  list: (spaceId: string, token: string) => request("GET /spaces/:spaceId/indicators", { spaceId }, { token }),
  correct: (spaceId: string, secret: string, indicatorId: string, correction: IndicatorCorrection) =>
    request(
      "PATCH /spaces/:spaceId/indicators/:indicatorId",
      { spaceId, indicatorId },
      { body: correction, token: secret },
    ),
  /**
   * The file as it is, in a form with what its columns hold when the facilitator said so: the server parses CSV and
   * XLSX itself and names the faulty line. `preview`: what would be imported, nothing stored.
   */
  async importFile(
    spaceId: string,
    secret: string,
    file: File,
    options: { mapping?: ImportMapping; preview?: boolean } = {},
  ): Promise<ApiAnswers["POST /spaces/:spaceId/indicators/import"]> {
    const form = new FormData();
    form.append("file", new Blob([file], { type: contentTypeOf(file) }), file.name);
    if (options.mapping) form.append("mapping", JSON.stringify(options.mapping));
    const query = options.preview ? "?preview=1" : "";
    const path = `${pathOf("/spaces/:spaceId/indicators/import", { spaceId })}${query}`;
    const response = await call("POST", path, { token: secret, body: form });
    return (await response.json()) as ApiAnswers["POST /spaces/:spaceId/indicators/import"];
  },
};

/** A refused import that offers a next step (map the columns, set the territory), with what it needs for it. */
export function importRefusalOf(error: unknown, code: ImportRefusalCode): ImportRefusal | undefined {
  if (!(error instanceof ApiError) || typeof error.body !== "object" || error.body === null) return undefined;
  const refusal = error.body as ImportRefusal;
  return refusal.code === code ? refusal : undefined;
}
