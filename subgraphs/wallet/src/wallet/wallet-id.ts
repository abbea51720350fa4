import { v5 as nameBasedUuid } from "uuid";

/** Namespace of wallet ids (RFC 9562 name-based ids); fixed forever, or every wallet id would change. */
const WALLET_ID_NAMESPACE = "5f0c6c52-4d7e-4c39-9a55-1b0f4a7e2d31";

/**
 * The id a wallet opened from now on gets: a version-5 UUID of its organisation, so the empty
 * wallet the graph shows before any is opened has the id the opened one will have. Wallets opened
 * earlier keep their random ids.
 */
export const walletIdOf = (organizationId: string): string => nameBasedUuid(organizationId, WALLET_ID_NAMESPACE);
