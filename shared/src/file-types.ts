/** The office files the atelier writes and reads, as their MIME types: one definition for server and client. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The plan's exports: the plan to sign, the follow-up workbook, CSV for any other tool. */
export const PLAN_EXPORT_FORMATS = ["docx", "xlsx", "csv"] as const;
export type PlanExportFormat = (typeof PLAN_EXPORT_FORMATS)[number];
