/**
 * Why the server closes a sync socket, in WebSocket's application range, for the server and its clients alike:
 * a refused update (the client must start over from the server's state), and access withdrawn (link revoked,
 * secret rotated, participation erased).
 */
export const REFUSED_WRITE_CODE = 4403;
export const WITHDRAWN_ACCESS_CODE = 4401;
