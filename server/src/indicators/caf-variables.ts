// The Caf's open-data variables (data.caf.fr, as each dataset's "lisez-moi" describes them), in French, with the
// board they belong to. Older files name them NB_Allocataires, ALL_PAJE…; the newer ones indfoy_ndur, indnbp_rsa…
import { dictionaryOf, type Measure, THEMES, type VariableEntry } from "./open-data-measure.ts";

const { petiteEnfance, enfanceJeunesse, parentalite, accesAuxDroits, vieSocialeLogement, general } = THEMES;

const CAF_VARIABLES: VariableEntry[] = [
  // Population covered (NIVTOTAL…, s_ben_…).
  [["nb_allocataires", "indfoy_ndur"], "allocataires", "Allocataires", general, "allocataires"],
  [
    ["nb_pers_par_foyer_alloc", "indnbp_ndur"],
    "personnes-couvertes",
    "Personnes couvertes par la Caf",
    general,
    "personnes",
  ],
  [["nb_enfants"], "enfants-couverts", "Enfants couverts par la Caf", enfanceJeunesse, "enfants"],
  [["nb_enfants_0_2_ans"], "enfants-0-2", "Enfants de 0 à 2 ans couverts par la Caf", petiteEnfance, "enfants"],
  [["nb_enfants_3_5_ans"], "enfants-3-5", "Enfants de 3 à 5 ans couverts par la Caf", enfanceJeunesse, "enfants"],
  [["nb_enfants_6_11_ans"], "enfants-6-11", "Enfants de 6 à 11 ans couverts par la Caf", enfanceJeunesse, "enfants"],
  [["nb_enfants_12_15_ans"], "enfants-12-15", "Jeunes de 12 à 15 ans couverts par la Caf", enfanceJeunesse, "enfants"],
  [["nb_enfants_16_17_ans"], "enfants-16-17", "Jeunes de 16 à 17 ans couverts par la Caf", enfanceJeunesse, "enfants"],
  [["nb_enfants_18_19_ans"], "enfants-18-19", "Jeunes de 18 à 19 ans couverts par la Caf", accesAuxDroits, "jeunes"],
  [["nb_enfants_20_24_ans"], "enfants-20-24", "Jeunes de 20 à 24 ans couverts par la Caf", accesAuxDroits, "jeunes"],
  // Low incomes and dependence on benefits.
  [["all_bas_revenu"], "bas-revenus", "Foyers allocataires à bas revenus", accesAuxDroits, "allocataires"],
  [["pers_bas_revenu"], "personnes-bas-revenus", "Personnes couvertes à bas revenus", accesAuxDroits, "personnes"],
  [
    ["nb_allocataires_ress"],
    "allocataires-ressources",
    "Allocataires de référence (bas revenus)",
    accesAuxDroits,
    "allocataires",
  ],
  [
    ["tr50pfrb"],
    "dependants-50",
    "Allocataires dont les prestations font 50 % des ressources ou plus",
    accesAuxDroits,
    "allocataires",
  ],
  [
    ["tr100pfrb"],
    "dependants-100",
    "Allocataires dont les ressources sont toutes des prestations",
    accesAuxDroits,
    "allocataires",
  ],
  // Family types.
  [["coup_0_enf"], "couples-sans-enfant", "Foyers allocataires en couple sans enfant", parentalite, "foyers"],
  [["coup_1_enf"], "couples-1-enfant", "Foyers allocataires en couple avec 1 enfant", parentalite, "foyers"],
  [["coup_2_enf"], "couples-2-enfants", "Foyers allocataires en couple avec 2 enfants", parentalite, "foyers"],
  [["coup_3_enf"], "couples-3-enfants", "Foyers allocataires en couple avec 3 enfants", parentalite, "foyers"],
  [
    ["coup_4plus_enf"],
    "couples-4-enfants",
    "Foyers allocataires en couple avec 4 enfants ou plus",
    parentalite,
    "foyers",
  ],
  [["mono_1_enf"], "mono-1-enfant", "Foyers allocataires monoparentaux avec 1 enfant", parentalite, "foyers"],
  [["mono_2_enf"], "mono-2-enfants", "Foyers allocataires monoparentaux avec 2 enfants", parentalite, "foyers"],
  [["mono_3_enf"], "mono-3-enfants", "Foyers allocataires monoparentaux avec 3 enfants", parentalite, "foyers"],
  [
    ["mono_4plus_enf"],
    "mono-4-enfants",
    "Foyers allocataires monoparentaux avec 4 enfants ou plus",
    parentalite,
    "foyers",
  ],
  [["homme_isole"], "hommes-isoles", "Allocataires hommes seuls sans enfant", accesAuxDroits, "foyers"],
  [["femme_isolee"], "femmes-isolees", "Allocataires femmes seules sans enfant", accesAuxDroits, "foyers"],
  // Young children (Paje).
  [["all_paje"], "paje", "Foyers percevant la Paje", petiteEnfance, "foyers"],
  [
    ["all_prim"],
    "prime-naissance",
    "Foyers percevant la prime à la naissance ou à l'adoption",
    petiteEnfance,
    "foyers",
  ],
  [
    ["all_basep", "indfoy_ab"],
    "paje-base",
    "Foyers percevant l'allocation de base de la Paje",
    petiteEnfance,
    "foyers",
  ],
  [
    ["all_cmg", "indfoy_cmg"],
    "cmg",
    "Foyers percevant le complément de libre choix du mode de garde",
    petiteEnfance,
    "foyers",
  ],
  [["all_cmg_asma"], "cmg-assmat", "Foyers percevant le CMG pour une assistante maternelle", petiteEnfance, "foyers"],
  [["all_cmg_dom"], "cmg-domicile", "Foyers percevant le CMG pour une garde à domicile", petiteEnfance, "foyers"],
  [["all_cmg_a"], "cmg-structure", "Foyers percevant le CMG pour une structure", petiteEnfance, "foyers"],
  [["all_clca"], "clca", "Foyers percevant le CLCA ou la PreParE", petiteEnfance, "foyers"],
  // Children and families.
  [["all_af", "indfoy_af"], "af", "Foyers percevant les allocations familiales", parentalite, "foyers"],
  [["all_cf", "indfoy_cf"], "cf", "Foyers percevant le complément familial", parentalite, "foyers"],
  [["all_asf", "indfoy_asf"], "asf", "Foyers percevant l'allocation de soutien familial", parentalite, "foyers"],
  [["all_ars"], "ars", "Foyers percevant l'allocation de rentrée scolaire", enfanceJeunesse, "foyers"],
  [
    ["nb_enfant_ars"],
    "enfants-ars",
    "Enfants ouvrant droit à l'allocation de rentrée scolaire",
    enfanceJeunesse,
    "enfants",
  ],
  [["all_aeeh"], "aeeh", "Foyers percevant l'AEEH", enfanceJeunesse, "foyers"],
  [["nb_enfant_aeeh"], "enfants-aeeh", "Enfants ouvrant droit à l'AEEH", enfanceJeunesse, "enfants"],
  // Minimum incomes.
  [["nb_allocataire_rsa", "indfoy_rsa"], "rsa", "Foyers allocataires du RSA", accesAuxDroits, "foyers"],
  [["nb_pers_couv_rsa", "indnbp_rsa"], "personnes-rsa", "Personnes couvertes par le RSA", accesAuxDroits, "personnes"],
  [["dont_rsa_jeune"], "rsa-jeunes", "Foyers allocataires du RSA jeune", accesAuxDroits, "foyers"],
  [["rsa_socle_non_majore"], "rsa-non-majore", "Foyers au RSA socle non majoré", accesAuxDroits, "foyers"],
  [["rsa_socle_majore"], "rsa-majore", "Foyers au RSA socle majoré", accesAuxDroits, "foyers"],
  [["indfoy_ppa"], "ppa", "Foyers percevant la prime d'activité", accesAuxDroits, "foyers"],
  [["all_aah"], "aah", "Allocataires de l'allocation aux adultes handicapés", accesAuxDroits, "allocataires"],
  // Housing.
  [["total_allocataires_logement"], "logement", "Foyers percevant une aide au logement", vieSocialeLogement, "foyers"],
  [["total_apl", "indfoy_apl"], "apl", "Foyers percevant l'APL", vieSocialeLogement, "foyers"],
  [["total_alf", "indfoy_alf"], "alf", "Foyers percevant l'ALF", vieSocialeLogement, "foyers"],
  [["total_als", "indfoy_als"], "als", "Foyers percevant l'ALS", vieSocialeLogement, "foyers"],
  [
    ["nb_pers_couv_al"],
    "personnes-logement",
    "Personnes couvertes par une aide au logement",
    vieSocialeLogement,
    "personnes",
  ],
];

const BY_NAME = dictionaryOf(CAF_VARIABLES);
/** Every measure of the dictionary, each spelling once: stored indicators are found by their label. */
export const CAF_MEASURES: readonly Measure[] = [...BY_NAME.values()];

/** The Caf's variable of that (folded) column name, if the dictionary knows it. */
export function cafVariable(name: string): Measure | undefined {
  return BY_NAME.get(name);
}
