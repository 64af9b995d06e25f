import type { BilanEntryInput, FicheStatus } from "@atelier/shared";
import { BilanEntryInputSchema, planDocumentName, updateFiche } from "@atelier/shared";
import type { BilanService } from "../bilan/bilan-service.ts";
import type { DocumentWriter } from "../collab/document-writer.ts";
import { measureDemoIndicators } from "./demo-indicators.ts";

const YEAR = "2022";
const ILLUSTRATIVE = "Bilan illustratif : la présentation du 9 juin 2021 s'arrête à la signature.";

/**
 * What a first year of the plan could have brought, fiche by fiche, written as a chargée de coopération would. Only
 * the fiches whose own calendar had started by 2022 have a word for it: the crèche (from January 2023) and the espace
 * de vie sociale (from March 2023) owe none before their first year. Both run until 2025: their first year done, they
 * are "en cours", as their status says (a year "réalisée" under an action "en cours" would tell habitants it ended).
 */
const DEMO_BILAN: Record<string, BilanEntryInput> = {
  "Un accueil de loisirs itinérant l'été": {
    progress: "en-cours",
    assessment: `${ILLUSTRATIVE} Premier été : quatre villages desservis, deux semaines chacun.`,
    difficulties: "Le transport des plus jeunes entre deux villages.",
    adjustments: "Une navette partagée avec les communes en 2023.",
    spent: 71_240,
  },
  "Coordonner la CTG : 2,5 ETP de chargés de coopération": {
    progress: "en-cours",
    assessment: `${ILLUSTRATIVE} Les 2,5 postes sont pourvus ; cinq groupes thématiques réunis deux fois.`,
    difficulties: "",
    adjustments: "",
    spent: 81_300,
  },
};

/**
 * Where the fiches stand at the end of 2022, where the demo's story stops, by their own calendars: the summer accueil
 * ran its first summer and the chargés de coopération work since the signature. The crèche (from January 2023) and
 * the espace de vie sociale (from March 2023) have not started: they stay "validee", as the November 2021 COPIL left
 * every fiche (demo-financing.ts).
 */
const STATUS_END_OF_2022: Record<string, FicheStatus> = {
  "Un accueil de loisirs itinérant l'été": "en-cours",
  "Coordonner la CTG : 2,5 ETP de chargés de coopération": "en-cours",
};

/**
 * The demo's first yearly bilan (2022), which the December 2022 COPIL validates (demo-governance.ts): the entries,
 * the indicators' 2022 values and the fiches' statuses, written after the signature so that the version signed in
 * 2021 holds none of them.
 */
export async function addDemoBilan(
  { bilan, writer }: { bilan: BilanService; writer: DocumentWriter },
  spaceId: string,
  fiches: Map<string, string>,
): Promise<void> {
  for (const [title, entry] of Object.entries(DEMO_BILAN)) {
    const ficheId = fiches.get(title);
    if (!ficheId) throw new Error(`La fiche d'exemple « ${title} » manque au plan.`);
    const written = await bilan.putEntry(spaceId, YEAR, ficheId, BilanEntryInputSchema.parse(entry));
    if (!written.ok) throw new Error(`Le bilan d'exemple n'a pu être écrit : ${written.error}`);
  }
  await writer.transact(planDocumentName(spaceId), (doc) => {
    measureDemoIndicators(doc, fiches);
    for (const [title, status] of Object.entries(STATUS_END_OF_2022)) {
      const ficheId = fiches.get(title);
      if (!ficheId) throw new Error(`La fiche d'exemple « ${title} » manque au plan.`);
      updateFiche(doc, ficheId, { status }, Date.now());
    }
  });
}
