import type { Party, Territory } from "@atelier/shared";

/**
 * The first words of the names of EPCI and of the institutions that sign a CTG, and their abbreviations, by the
 * gender of the article they take.
 */
const FEMININE = new Set([
  "communauté",
  "métropole",
  "agglomération",
  "commune",
  "ville",
  "mairie",
  "cdc",
  "cc",
  "ca",
  "cu",
  "grande",
  "caf",
  "caisse",
  "msa",
  "mutualité",
  "cpam",
  "région",
  "préfecture",
  "collectivité",
]);
const MASCULINE = new Set([
  "syndicat",
  "pays",
  "pôle",
  "établissement",
  "territoire",
  "ept",
  "sivom",
  "sivu",
  "grand",
  "département",
  "conseil",
  "état",
  "centre",
  "ccas",
  "cias",
]);

const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]/iu;

/**
 * A name with the article French puts before it: the one its kind takes ("la Communauté de communes…", "le
 * Département…", "l'État"), none for a proper name ("Prades", "France Travail") or one that starts with its own.
 */
export function withArticle(name: string): string {
  // A hyphen joins a commune's own name ("Ville-la-Grand", "Caf-sur-…"): only a whole first word names an institution.
  const first = name.split(/[\s'’]/u)[0]?.toLowerCase() ?? "";
  if (FEMININE.has(first)) return VOWEL.test(name) ? `l'${name}` : `la ${name}`;
  if (MASCULINE.has(first)) return VOWEL.test(name) ? `l'${name}` : `le ${name}`;
  return name;
}

/**
 * "de" before a name as French writes it: contracted with the article the name starts with or its kind takes ("Le
 * Vernet": du Vernet, "Communauté de communes…": de la Communauté…, "Syndicat…": du Syndicat…), elided before a vowel.
 */
export function ofName(name: string): string {
  const named = withArticle(name);
  const article = /^(le|les)\s+(.+)$/iu.exec(named);
  if (article?.[1] && article[2]) return `${article[1].toLowerCase() === "le" ? "du" : "des"} ${article[2]}`;
  // "La Llagonne", "L'Haÿ-les-Roses", "la Communauté…": the feminine article and the elided one stay as they are.
  if (/^(la\s|l['’])/iu.test(named)) return `de ${named}`;
  return VOWEL.test(name) ? `d'${name}` : `de ${name}`;
}

/**
 * Who signs, as a signature block says it: "Pour la Caf des Pyrénées-Orientales", "Pour le Département…", and a
 * commune named alone "Pour la commune de Prades", "Pour la commune du Vernet".
 */
export function forParty({ kind, name }: Pick<Party, "kind" | "name">): string {
  const named = withArticle(name);
  return kind === "commune" && named === name ? `Pour la commune ${ofName(name)}` : `Pour ${named}`;
}

/** Items as French lists them: "a, b et c". */
function listed(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}

/**
 * The territory as the complement of a noun ("le projet social de territoire …"): "de la Communauté de communes
 * Conflent-Canigou", "de la commune de Prades", "des communes de Prades et du Vernet".
 */
export function ofTerritory({ epci, communes }: Territory): string {
  const names = communes.map((commune) => commune.name);
  if (epci) return names.length > 0 ? `${ofName(epci.name)} (${names.join(", ")})` : ofName(epci.name);
  if (names.length === 1) return `de la commune ${ofName(names[0] ?? "")}`;
  if (names.length > 1) return `des communes ${listed(names.map(ofName))}`;
  return "du territoire des signataires";
}
