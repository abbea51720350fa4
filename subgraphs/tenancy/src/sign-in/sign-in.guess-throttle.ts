import type { TenancyDb } from "../organization/organization.store";
import { UNKNOWN_CLIENT_ADDRESS } from "./sign-in.deps";
import {
  CLIENT_GUESS_WINDOW_MS,
  clientBackoffSeconds,
  GLOBAL_GUESS_WINDOW_MS,
  secondsUntilRoom,
  windowStart,
  WRONG_GUESSES_PER_MINUTE_GLOBALLY,
} from "./sign-in.limits";
import { countEvents, countEventsEverywhere, lockClientAddress } from "./sign-in.store";

/**
 * How long the client must wait before its guess is even compared, or null when it may guess now.
 * Call inside the sign-in transaction, after the e-mail lock: it takes the client's lock, so the
 * client's count holds exactly under simultaneous guesses.
 *
 * - Per client: backoff after its free wrong guesses in the hour (`clientBackoffSeconds`).
 * - Globally: once the whole platform has seen its limit of wrong guesses in the last minute,
 *   clients that made a wrong guess in the last hour wait until the minute has room; a client
 *   with a clean hour is still heard, so an attack from elsewhere cannot keep a user who types
 *   the right code from signing in. Callers whose address is unknown cannot show a clean record.
 */
export async function secondsBeforeNextGuess(tx: TenancyDb, clientAddress: string, now: Date): Promise<number | null> {
  let clean = false;
  if (clientAddress !== UNKNOWN_CLIENT_ADDRESS) {
    await lockClientAddress(tx, clientAddress);
    const since = windowStart(now, CLIENT_GUESS_WINDOW_MS);
    const wrong = await countEvents(tx, { kind: "code_rejected", clientAddress, since });
    const backoff = clientBackoffSeconds(wrong, now);
    if (backoff !== null) return backoff;
    clean = wrong.count === 0;
  }
  if (clean) return null;
  const everywhere = await countEventsEverywhere(tx, "code_rejected", windowStart(now, GLOBAL_GUESS_WINDOW_MS));
  return secondsUntilRoom(everywhere, WRONG_GUESSES_PER_MINUTE_GLOBALLY, GLOBAL_GUESS_WINDOW_MS, now);
}
