import { request } from "./request.ts";

/** A ready-made example space on the Conflent-Canigou 2019 figures, with its facilitator secret, like a new space. */
export const demoApi = {
  create: () => request("POST /demo", {}),
};
