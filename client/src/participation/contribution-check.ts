import { ContributionSchema } from "@atelier/shared";
import { checked } from "../forms/field-errors.ts";

/** Loaded apart from the participation page, with the schemas and the refusals' words: the page shows before they come. */
export const checkContribution = (input: unknown) => checked(ContributionSchema, input);
