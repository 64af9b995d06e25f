import { z } from "zod/mini";
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
  .string({ error: "Le nom du thème doit être un texte." })
  .check(
    z.trim(),
    z.minLength(1, "Le nom du thème est obligatoire."),
    z.maxLength(80, "Le nom du thème dépasse 80 caractères."),
  );

export const ThemeDescriptionSchema = z
  .string({ error: "La description du thème doit être un texte." })
  .check(z.trim(), z.maxLength(120, "La description du thème dépasse 120 caractères."));

export const NewBoardSchema = z.strictObject(
  { theme: ThemeLabelSchema, description: z._default(ThemeDescriptionSchema, "") },
  { error: objectErrors("Un thème doit être un objet { theme, description? }.") },
);
export type NewBoard = z.infer<typeof NewBoardSchema>;

export const BoardPatchSchema = z
  .strictObject(
    {
      theme: z.optional(ThemeLabelSchema),
      description: z.optional(ThemeDescriptionSchema),
      archived: z.optional(z.boolean({ error: "« archived » doit valoir true ou false." })),
    },
    { error: objectErrors("Une modification de thème doit être un objet { theme?, description?, archived? }.") },
  )
  .check(
    z.refine((patch) => Object.keys(patch).length > 0, "Rien à modifier : donnez theme, description ou archived."),
  );
export type BoardPatch = z.infer<typeof BoardPatchSchema>;
