import { z } from "zod/mini";
import { problem } from "./problems.ts";
import { objectErrors } from "./validation.ts";

/** A thematic group of the CTG. Themes are data: a space can add, rename and archive them. */
export interface ThemeSeed {
  theme: string;
  description: string;
}

export const DEFAULT_THEMES: readonly ThemeSeed[] = [
  { theme: "Petite enfance", description: "0 – 3 ans" },
  { theme: "Enfance-Jeunesse", description: "3 – 17 ans" },
  { theme: "Parentalité", description: "" },
  { theme: "Accès aux droits / Jeunes adultes", description: "" },
  { theme: "Animation de la vie sociale / Logement", description: "" },
];

export const ThemeLabelSchema = z
  .string({ error: problem("notText", "themeName") })
  .check(z.trim(), z.minLength(1, problem("required", "themeName")), z.maxLength(80, problem("tooLong", "themeName")));

export const ThemeDescriptionSchema = z
  .string({ error: problem("notText", "themeDescription") })
  .check(z.trim(), z.maxLength(120, problem("tooLong", "themeDescription")));

export const NewBoardSchema = z.strictObject(
  { theme: ThemeLabelSchema, description: z._default(ThemeDescriptionSchema, "") },
  { error: objectErrors("themeNotObject") },
);
export type NewBoard = z.infer<typeof NewBoardSchema>;

export const BoardPatchSchema = z
  .strictObject(
    {
      theme: z.optional(ThemeLabelSchema),
      description: z.optional(ThemeDescriptionSchema),
      archived: z.optional(z.boolean({ error: problem("archivedNotBoolean") })),
    },
    { error: objectErrors("themePatchNotObject") },
  )
  .check(z.refine((patch) => Object.keys(patch).length > 0, problem("themePatchEmpty")));
export type BoardPatch = z.infer<typeof BoardPatchSchema>;
