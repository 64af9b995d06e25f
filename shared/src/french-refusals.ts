import { XLSX_TYPE } from "./file-types.ts";
import { INDICATOR_COLUMNS } from "./indicator.ts";
import type { RefusalParams, RefusalWording } from "./refusals.ts";

/** A size as the French write it: "256 Kio", "20 Mio". */
const size = (bytes = 0) => (bytes >= 2 ** 20 ? `${bytes / 2 ** 20} Mio` : `${bytes / 1024} Kio`);
const tooMany = (what: string) => `Trop ${what} en une minute : patientez un instant.`;
const refusedWrite = (reason: string) => `Modification refusée : ${reason}`;
const cardText = (refused: string) => refusedWrite(`Texte de carte non pris en charge : ${refused}.`);
const atLine = (line = 0, column?: string) =>
  column === undefined ? `Ligne ${line}` : `Ligne ${line}, colonne « ${column} »`;

/**
 * The French wording of every refusal the server sends: the HTTP API's `error` and the French interface read it, so
 * it is written once. The keys are the codes sent beside it; the English interface words the same keys.
 */
export const FRENCH_REFUSALS = {
  // Access
  authenticationRequired: "Authentification requise : en-tête Authorization: Bearer <jeton>.",
  tokenInvalid: "Jeton d'accès invalide, expiré ou révoqué pour cet espace CTG.",
  roleNotAllowed: "Votre rôle ne permet pas cela.",
  facilitatorOnly: "Seul un animateur de cet espace peut faire cela.",
  spaceNotFound: "Espace CTG introuvable.",
  invitationNotFound: "Invitation introuvable dans cet espace.",
  invitationBoardsUnknown: ({ ids = [] }: RefusalParams) =>
    `boardIds : tableau inconnu dans cet espace : ${ids.join(", ")}.`,
  participantNotFound: "Participant introuvable dans cet espace.",
  linkNotOfSpace: "Ce lien n'est pas un lien d'invitation de cet espace.",
  linkUnknown: "Ce lien d'invitation n'existe pas.",
  linkRevoked: "Ce lien d'invitation a été révoqué par l'animateur.",
  linkExpired: "Ce lien d'invitation a expiré.",
  linkUsedUp: "Ce lien d'invitation a déjà servi autant de fois que prévu.",
  // A code is typed by hand: an unknown one is most often a typing slip.
  codeUnknown: "Ce code n'existe pas : vérifiez les caractères affichés à l'écran.",
  codeRevoked: "Ce code a été retiré par l'animateur.",
  codeExpired: "Ce code a expiré : demandez le nouveau code à l'animateur.",
  codeUsedUp: "Ce code a déjà servi autant de fois que prévu.",
  joinCodeNotFound: "Code introuvable dans cet espace.",
  // Sent as a connection's close reason when the access is withdrawn while it is open.
  accessRevoked: "Votre lien d'invitation a été révoqué par l'animateur.",
  facilitatorSecretRenewed: "Le secret d'animation de cet espace a été renouvelé : utilisez le nouveau lien.",
  participationErased: "Votre participation a été effacée de cet espace.",
  planNotForRole: "Votre rôle ne permet pas d'ouvrir le plan d'actions.",
  documentNotLoaded: "Le document n'a pas pu être chargé ; réessayez dans un instant.",
  documentUnknown: ({ name }: RefusalParams) => `Document inconnu : « ${name} ».`,
  // A connection's frames: each closes the connection that sent it, with its wording as the reason.
  presenceTooBig: ({ bytes }: RefusalParams) => `Présence trop volumineuse (plus de ${size(bytes)}).`,
  presenceFlood: "Trop de mises à jour de présence.",
  frameTooBig: ({ bytes }: RefusalParams) => `Message trop volumineux (plus de ${size(bytes)}).`,
  frameNotHocuspocus: "Message illisible : ce n'est pas le protocole Hocuspocus.",
  frameNotYWebsocket: "Message illisible : ce n'est pas le protocole y-websocket.",
  // A connection opened from another site's page (the origin is logged, not worded).
  foreignOrigin: "Origine non autorisée : cette page n'est pas celle de l'atelier (voir ALLOWED_ORIGINS).",
  // Board writes the server refuses: the connection that sent one is closed with its wording as the reason.
  writeUnreadable: refusedWrite("Mise à jour Yjs illisible."),
  writeIncomplete: refusedWrite("Mise à jour incomplète : reconnectez-vous pour resynchroniser le tableau."),
  writeUnknownPart: ({ name }: RefusalParams) => refusedWrite(`Partie de document inconnue : ${name}.`),
  writeSettingFixed: ({ name }: RefusalParams) => refusedWrite(`Réglage du tableau non modifiable : ${name}.`),
  writeSettingInvalid: ({ name }: RefusalParams) => refusedWrite(`Valeur invalide pour le réglage ${name}.`),
  writeCardMalformed: ({ id }: RefusalParams) => refusedWrite(`Carte mal formée : ${id}.`),
  writeUnknownService: ({ name }: RefusalParams) => refusedWrite(`Service cité inconnu : « ${name} ».`),
  writeUnknownFigure: ({ label }: RefusalParams) => refusedWrite(`Chiffre cité inconnu : « ${label} ».`),
  writeTextUnknownMark: ({ name }: RefusalParams) => cardText(`mise en forme inconnue « ${name} »`),
  writeTextMarkMalformed: ({ name }: RefusalParams) => cardText(`mise en forme « ${name} » mal formée`),
  writeTextAttribute: ({ name }: RefusalParams) => cardText(`attribut « ${name} » refusé`),
  writeTextUnknownElement: ({ name }: RefusalParams) => cardText(`élément inconnu « ${name} »`),
  writeTextEmbed: cardText("contenu intégré refusé"),
  writeTextUnknownContent: cardText("contenu inconnu"),
  writeClusterMalformed: ({ id }: RefusalParams) => refusedWrite(`Regroupement mal formé : ${id}.`),
  writeVoteMalformed: refusedWrite("Vote mal formé."),
  writeLocked: refusedWrite("Le tableau est verrouillé par l'animateur."),
  writeSettingsFacilitatorOnly: refusedWrite(
    "Seul un animateur peut régler le tableau (phase, minuteur, vote, verrou).",
  ),
  writeOthersCard: refusedWrite("Vous ne pouvez supprimer ou remplacer que vos propres cartes."),
  writeAuthorName: refusedWrite("Une carte doit porter le nom de son auteur."),
  writeDecisionFacilitatorOnly: refusedWrite("Seul un animateur peut valider une carte."),
  writeCardFieldFixed: ({ field, id }: RefusalParams) =>
    refusedWrite(`Champ de carte non modifiable : ${field} (carte ${id}).`),
  writeVoteForOthers: refusedWrite("Vous ne pouvez voter que pour vous-même."),
  writeVoteClosed: refusedWrite("Aucun vote n'est ouvert sur ce tableau."),
  writeBudgetSpent: ({ maximum }: RefusalParams) => refusedWrite(`Vous avez déjà utilisé vos ${maximum} votes.`),
  writeReadOnly: refusedWrite("Votre accès à ce tableau est en lecture seule."),
  // Throttles
  tooManySpaces: "Trop d'espaces CTG créés depuis cette adresse en une heure : réessayez plus tard.",
  tooManyJoins: tooMany("d'entrées depuis cette adresse"),
  tooManyJoinsThroughLink: tooMany("d'entrées par ce lien"),
  tooManyPageReads: tooMany("de consultations depuis cette adresse"),
  tooManyAnswers: tooMany("de réponses depuis cette adresse"),
  tooManyLinkPreviews: tooMany("de liens consultés depuis cette adresse"),
  tooManyWrongCodes:
    "Trop de codes erronés depuis cette adresse : réessayez dans une heure, ou ouvrez le lien d'invitation complet.",
  tooManyFromYou: tooMany("de contributions de votre part"),
  tooManyFromLink: tooMany("de contributions par ce lien"),
  // Requests
  malformedJson: "Le corps de la requête n'est pas du JSON valide.",
  // Hono's own refusals other than malformed JSON (a malformed form, a header it cannot read).
  requestRefused: "Requête refusée.",
  bodyTooLarge: ({ bytes }: RefusalParams) => `Corps de requête trop volumineux (plus de ${size(bytes)}).`,
  unknownEndpoint: ({ method, path }: RefusalParams) => `Point d'accès inconnu : ${method} ${path}.`,
  internalError: "Erreur interne du serveur.",
  // The operator's scraper (GET /api/metrics).
  metricsDisabled: "Les métriques ne sont pas activées sur ce serveur (METRICS_TOKEN).",
  metricsTokenRequired: "Jeton des métriques requis (METRICS_TOKEN).",
  // Boards and participation
  boardNotFound: "Tableau introuvable dans cet espace.",
  boardUnknown: "Ce tableau n'existe pas dans cet espace CTG.",
  boardNotOpened: "Votre lien d'invitation n'ouvre pas ce tableau.",
  boardArchived: "Ce tableau est archivé : il ne reçoit plus de contributions.",
  boardLocked: "Le tableau est verrouillé par l'animateur : les contributions sont fermées pour l'instant.",
  kindNotAllowed: ({ kind }: RefusalParams) => `Ce lien ne permet pas d'ajouter des cartes de type « ${kind} ».`,
  contributionGone: "Cette contribution n'existe pas ou a déjà été retirée.",
  notYourContribution: "Vous ne pouvez retirer que vos propres contributions.",
  contributionNotPending: "Cette contribution n'est plus en attente.",
  closed: "Aucun vote n'est ouvert sur ce tableau.",
  cardGone: "Cette carte n'existe plus.",
  budgetSpent: "Vous avez utilisé tous vos votes.",
  noVoteToRemove: "Vous n'avez pas de vote à retirer sur cette carte, ou le vote est clos.",
  clusterUnknown: "Ce regroupement n'existe pas sur ce tableau.",
  noCardRetained: "Aucune de ces cartes n'est retenue : décidez-les avant de les promouvoir.",
  // Plan, convention, public page
  ficheUnknown: "Cette fiche action n'existe pas dans le plan.",
  versionNotFound: "Version du plan introuvable.",
  noSignedVersion: "Aucune version du plan n'est signée.",
  versionUnchanged: ({ label }: RefusalParams) =>
    `Le plan n'a pas changé depuis la dernière version figée, « ${label} » : il n'y a rien de nouveau à figer. Modifiez d'abord le plan.`,
  meetingUnknown: "Cette réunion n'existe pas dans cet espace.",
  meetingDecidedNoSignature: "Cette réunion n'a pas décidé la signature : ajoutez-lui une décision « signature ».",
  signatoryNumberUnknown: ({ index, count }: RefusalParams) =>
    `Le signataire n°${index} n'existe pas : l'espace en compte ${count} (à partir de 0).`,
  signatoryNameUnknown: ({ name }: RefusalParams) => `« ${name} » n'est pas un signataire de l'espace.`,
  signatoryTwice: ({ name }: RefusalParams) => `« ${name} » est désigné deux fois.`,
  alreadySigned:
    "Une version du plan est déjà signée : donnez un motif (reason) pour la remplacer, ou retirez d'abord sa signature.",
  withdrawalWithoutReason: "Une version signée ne se retire pas sans motif : donnez-le (reason).",
  pageNotPublished: "Cette page n'est pas publiée, ou ne l'est plus.",
  // Governance and démarche
  meetingNotFound: "Réunion introuvable dans cet espace.",
  meetingReferenced:
    "Une version figée du plan ou sa signature se rapporte à cette réunion : elle ne peut être supprimée.",
  reopeningInFuture: "Une étape ne se rouvre pas à une date future.",
  reopeningNotValidated: "Seule une étape validée peut être rouverte.",
  reopeningBeforeValidation:
    "L'étape a été validée après cette date : datez la réouverture du jour de sa validation ou après.",
  bilanYearOutsidePeriod: ({ start, end }: RefusalParams) =>
    `L'année d'un bilan annuel doit être une année de la convention (${start} à ${end}).`,
  thematicGroupUnknown: "Ce groupe thématique n'existe pas dans cet espace.",
  // Indicators, bilan, satisfaction
  indicatorNotFound: "Indicateur introuvable dans cet espace.",
  bilanYearInvalid: ({ detail }: RefusalParams) => `${detail}`,
  ficheNotInPlan: "Cette fiche action n'est pas dans le plan.",
  indicatorNotInFiche: "Cet indicateur n'est pas dans la fiche action.",
  territorialIndicatorUnknown: "Cet indicateur territorial n'existe pas dans cet espace.",
  ficheIndicatorUnlinked: "Cet indicateur de la fiche n'est relié à aucun indicateur territorial.",
  questionnaireYearOutsidePeriod: ({ start, end }: RefusalParams) =>
    `L'année du questionnaire doit être une année de la convention (${start}–${end}).`,
  noQuestionnaire: ({ year }: RefusalParams) => `Aucun questionnaire de satisfaction n'a été ouvert pour ${year}.`,
  questionnaireLinkUnknown: "Ce lien de questionnaire n'existe pas, ou a été remplacé par un nouveau lien.",
  questionnaireClosed: "Ce questionnaire de satisfaction est clos : il ne reçoit plus de réponses. Merci !",
  // Indicator import: the file's faults, then the server's own limits.
  "mapping-required": ({ line }: RefusalParams) =>
    `Ligne ${line} : ce fichier n'est ni le modèle de l'atelier, ni un fichier de la Caf (NUMCOM ou NUMEPCI, et DTREF) ou de l'Insee (CODGEO et variables P19_…, C19_…) : indiquez ce que contient chacune de ses colonnes.`,
  "territory-required":
    "Renseignez d'abord le territoire de l'espace (son EPCI et ses communes) : ce fichier donne des chiffres par territoire, et l'atelier garde ceux du vôtre.",
  importEmpty: "Le fichier est vide.",
  importNoIndicatorLine: "Le fichier ne contient aucune ligne d'indicateur.",
  importUnknownColumn: ({ column }: RefusalParams) =>
    `Ligne 1 : colonne inconnue « ${column} ». Colonnes attendues : ${INDICATOR_COLUMNS.join(", ")}.`,
  importMissingColumn: ({ column }: RefusalParams) => `Ligne 1 : colonne manquante « ${column} ».`,
  importColumnAbsent: ({ line, column, field }: RefusalParams) =>
    `Ligne ${line} : la colonne « ${column} » choisie ${field === "territory" ? "pour le code du territoire" : field === "date" ? "pour la date" : "comme chiffre"} est absente du fichier.`,
  importCellInvalid: ({ line, column, detail }: RefusalParams) => `${atLine(line, column)} : ${detail}`,
  importDateMissing: ({ line, column }: RefusalParams) => `${atLine(line, column)} : la date de référence manque.`,
  importDateInvalid: ({ line, column, value }: RefusalParams) =>
    `${atLine(line, column)} : « ${value} » n'est pas une date de référence (31/12/2019, 2019-12-31 ou 2019).`,
  importNotNumber: ({ line, column, value }: RefusalParams) =>
    `${atLine(line, column)} : « ${value} » n'est pas un nombre (ni une case vide ou secrète).`,
  importDuplicateRow: ({ line, kind, name, dated, first }: RefusalParams) =>
    `Ligne ${line} : ${kind === "epci" ? `l'EPCI ${name}` : `la commune ${name}`} a déjà une ligne${dated ? " à la même date de référence" : ""} (ligne ${first}) ; ses chiffres seraient comptés deux fois : retirez le doublon, puis importez le fichier à nouveau.`,
  importCellTooLong: ({ line, maximum }: RefusalParams) => `Ligne ${line} : une cellule dépasse ${maximum} caractères.`,
  importCsvMalformed: ({ line, detail }: RefusalParams) => `Ligne ${line ?? "?"} : le CSV est mal formé (${detail}).`,
  importMergedCells: ({ start, end }: RefusalParams) =>
    `Le classeur contient des cellules fusionnées (lignes ${start} à ${end}) : défusionnez-les, puis importez-le à nouveau.`,
  importNothingForSpace: ({ label, count = 0 }: RefusalParams) =>
    `Aucune ligne de ce fichier ne concerne le territoire de l'espace (${[label && `l'EPCI ${label}`, count > 0 && `${count} commune${count > 1 ? "s" : ""}`].filter(Boolean).join(", ")}), son département ou la France : rien n'est importé.`,
  importOnlyComparisons:
    "Ce fichier ne donne que des chiffres du département ou de la France, et l'espace n'a pas encore ces indicateurs pour son territoire : importez d'abord les chiffres du territoire, puis ce fichier à nouveau.",
  importTooManyFigures: ({ count, maximum }: RefusalParams) =>
    `Ce fichier donnerait ${count} chiffres : au plus ${maximum} par import.`,
  importTooManyRows: ({ maximum }: RefusalParams) => `Le fichier dépasse ${maximum} lignes.`,
  importTooManyColumns: ({ maximum }: RefusalParams) => `Le fichier dépasse ${maximum} colonnes.`,
  importTooManyCells: ({ maximum }: RefusalParams) => `Le classeur dépasse ${maximum} cellules.`,
  importTooManyTexts: ({ maximum }: RefusalParams) => `Le classeur dépasse ${maximum} textes.`,
  importTooManyParts: ({ maximum }: RefusalParams) => `Le classeur contient plus de ${maximum} fichiers internes.`,
  importWorkbookTooBig: ({ bytes }: RefusalParams) =>
    `Le classeur est trop volumineux une fois décompressé (plus de ${size(bytes)}).`,
  importNoSheet: "Le classeur ne contient aucune feuille.",
  importXlsxUnreadable: "Ce fichier n'est pas un classeur XLSX lisible.",
  importCsvUnreadable: "Ce fichier CSV n'a pu être lu.",
  importFileType: `Envoyez un fichier CSV (text/csv) ou XLSX (${XLSX_TYPE}).`,
  importFormMalformed: "Le formulaire envoyé est mal formé.",
  importFileMissing: "Joignez le fichier dans le champ « file » du formulaire.",
  importMappingNotJson: "La correspondance des colonnes (champ mapping) n'est pas du JSON valide.",
  importMappingInvalid: ({ detail }: RefusalParams) => `Correspondance des colonnes : ${detail}`,
  importTooSlow: "La lecture du fichier prend trop de temps : il n'est pas importé.",
  importTooMuchMemory: "La lecture du fichier demande trop de mémoire : il n'est pas importé.",
  importBusy: "Trop de fichiers sont en cours d'import sur le serveur : réessayez dans un instant.",
  importSpaceBusy:
    "Un autre fichier est en cours d'import dans cet espace : attendez la fin de son import, puis envoyez celui-ci.",
  // Territory
  serviceNotFound: "Service introuvable dans cet espace.",
  servicesFull: ({ maximum }: RefusalParams) =>
    `Un espace compte au plus ${maximum} services : supprimez-en avant d'en ajouter.`,
  communeOutsideTerritory: ({ insee }: RefusalParams) =>
    `communeInsee : la commune ${insee} ne fait pas partie du territoire de l'espace ; ajoutez-la au territoire, ou laissez vide pour tout l'EPCI.`,
  // Archive import
  archiveNotJson: "Le fichier n'est pas du JSON lisible : est-ce bien une archive d'espace CTG (.json) ?",
  archiveInvalid: ({ detail }: RefusalParams) => `Archive invalide : ${detail}`,
  archiveTooManyServices: ({ maximum }: RefusalParams) =>
    `Archive invalide : un espace compte au plus ${maximum} services.`,
  archiveBoardUnreadable: ({ theme }: RefusalParams) =>
    `Archive invalide : le document du tableau « ${theme} » est illisible.`,
  archivePlanUnreadable: "Archive invalide : le document du plan d'actions est illisible.",
  archiveVersionUnreadable: ({ label }: RefusalParams) =>
    `Archive invalide : la version « ${label} » du plan est illisible.`,
  // The next convention
  renewalPeriodOverlaps: ({ start, end }: RefusalParams) =>
    `La convention suivante commence après la fin de celle-ci, en ${end} : ${start} est trop tôt.`,
  alreadyRenewed: ({ name }: RefusalParams) =>
    `Cette convention a déjà sa convention suivante, « ${name} » : préparez-la dans son espace.`,
  // A convention's period changed afterwards (periodChangeRefusal).
  periodOverlapsPrevious: ({ name, end }: RefusalParams) =>
    `Cette période chevauche la convention précédente, « ${name} », qui court jusqu'en ${end} : commencez-la après.`,
  periodOverlapsNext: ({ name, start }: RefusalParams) =>
    `Cette période chevauche la convention suivante, « ${name} », qui commence en ${start} : achevez-la avant.`,
  periodDropsBilanYears: ({ years = [] }: RefusalParams) =>
    `La période doit garder ${years.join(", ")} : un bilan annuel y est déjà enregistré (suivi des fiches, questionnaire de satisfaction ou validation en comité).`,
} satisfies Record<string, RefusalWording>;
