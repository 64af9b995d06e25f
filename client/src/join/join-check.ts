import { JoinSchema } from "@atelier/shared";
import { checked } from "../forms/field-errors.ts";

/** Loaded apart from the join page, with the schemas and the refusals' words: the page shows before they come. */
export const checkJoin = (input: unknown) => checked(JoinSchema, input);
