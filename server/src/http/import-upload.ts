import { type ImportMapping, readImportMapping, XLSX_TYPE } from "@atelier/shared";
import type { Context, MiddlewareHandler } from "hono";
import { RETRY_AFTER_SECONDS, reserveImport } from "../indicators/indicator-file.ts";
import { type Refused, refused, refusedFields } from "../outcome.ts";
import { refuse } from "./errors.ts";

/** Windows declares CSV files saved from Excel as application/vnd.ms-excel. */
const CSV_TYPES = ["text/csv", "application/vnd.ms-excel"];

export interface Upload {
  bytes: Uint8Array;
  format: "csv" | "xlsx";
  mapping: ImportMapping | null;
}

type Read = { ok: true; upload: Upload } | Refused;

/** By its declared type; in a form, by its name too, as browsers declare a CSV as whatever the system says. */
function formatOf(type: string, name = ""): Upload["format"] | undefined {
  const lowerName = name.toLowerCase();
  if (type.startsWith(XLSX_TYPE) || lowerName.endsWith(".xlsx")) return "xlsx";
  if (CSV_TYPES.some((csv) => type.startsWith(csv)) || lowerName.endsWith(".csv")) return "csv";
  return undefined;
}

/**
 * An import's file: the body itself (CSV or XLSX, by its Content-Type), or a multipart/form-data form whose `file`
 * field is the file and whose optional `mapping` field says what its columns hold (JSON, ImportMappingSchema).
 */
export async function readUpload(c: Context): Promise<Read> {
  const type = c.req.header("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    const format = formatOf(type);
    if (!format) return refused(400, "importFileType");
    return { ok: true, upload: { bytes: new Uint8Array(await c.req.arrayBuffer()), format, mapping: null } };
  }
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    return refused(400, "importFormMalformed");
  }
  const file = form.get("file");
  if (!(file instanceof File)) return refused(400, "importFileMissing");
  const format = formatOf(file.type, file.name);
  if (!format) return refused(400, "importFileType");
  const field = form.get("mapping");
  const text = field instanceof File ? await field.text() : (field ?? "");
  let mapping: ImportMapping | null = null;
  if (text.trim() !== "") {
    const read = readImportMapping(text);
    if (!read.ok)
      return read.code === "importMappingInvalid" ? refusedFields(read.code, read.issues) : refused(400, read.code);
    mapping = read.mapping;
  }
  return { ok: true, upload: { bytes: new Uint8Array(await file.arrayBuffer()), format, mapping } };
}

/**
 * Reserves the import's place (indicators/file-in-worker.ts) for the rest of the request, body included: one turned
 * away (409 for its space, 503 for the server) is answered before its body is read, and told not to reuse the
 * connection, whose unread body makes it unusable.
 */
export const importPlace: MiddlewareHandler = async (c, next) => {
  const place = reserveImport(c.req.param("spaceId") ?? "");
  if (!place.ok) {
    c.header("Connection", "close");
    if (place.status === 503) c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    return refuse(c, place.status, place.code);
  }
  try {
    await next();
  } finally {
    place.release();
  }
};
