import type { Territory } from "@atelier/shared";

/** The first words of EPCI names, and their abbreviations, by the gender of the article they take. */
const FEMININE = new Set(["communauté", "métropole", "agglomération", "commune", "cdc", "cc", "ca", "cu", "grande"]);
const MASCULINE = new Set(["syndicat", "pays", "pôle", "établissement", "territoire", "ept", "sivom", "sivu", "grand"]);

const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]/iu;

/**
 * "de" before a name as French writes it: contracted with the article the name starts with ("Le Vernet": du Vernet),
 * with the article an EPCI's kind takes ("Communauté de communes…": de la Communauté…), elided before a vowel.
 */
export function ofName(name: string): string {
  const article = /^(le|les)\s+(.+)$/iu.exec(name);
  if (article?.[1] && article[2]) return `${article[1].toLowerCase() === "le" ? "du" : "des"} ${article[2]}`;
  // "La Llagonne", "L'Haÿ-les-Roses": the feminine article and the elided one stay as the name has them.
  if (/^(la\s|l['’])/iu.test(name)) return `de ${name}`;
  const first = name.split(/[\s'’-]/u)[0]?.toLowerCase() ?? "";
  if (FEMININE.has(first)) return VOWEL.test(name) ? `de l'${name}` : `de la ${name}`;
  if (MASCULINE.has(first)) return VOWEL.test(name) ? `de l'${name}` : `du ${name}`;
  return VOWEL.test(name) ? `d'${name}` : `de ${name}`;
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
