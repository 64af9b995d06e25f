/**
 * Test and bench servers create many spaces and joins from one address in a minute: the access throttles are
 * raised for them. The throttles' own tests set their limits over these.
 */
export const UNTHROTTLED_ENV: Record<string, string> = {
  SPACE_RATE_PER_HOUR: "1000000",
  JOIN_RATE_PER_MINUTE: "1000000",
  JOIN_LINK_RATE_PER_MINUTE: "1000000",
};
