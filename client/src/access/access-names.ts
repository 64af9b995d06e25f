/** Names the build's inline script reads too (client/build/page-preloads.ts): no imports. */

/** The address fragment's parameter that holds an invitation's token. */
export const INVITATION_TOKEN_PARAM = "invitation";

/** Personal tokens from invitation links are kept under this prefix and the space's id. */
export const PARTICIPANT_STORAGE_PREFIX = "atelier:participant:";

/** The address fragment's parameter that holds a facilitator link's secret. */
export const FACILITATOR_SECRET_PARAM = "acces";

/** Facilitator secrets are kept under this prefix and the space's id. */
export const FACILITATOR_STORAGE_PREFIX = "atelier:access:";
