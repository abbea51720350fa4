import express, { type Express } from "express";
import { eq } from "drizzle-orm";
import { topUps, wallets } from "../db/schema";
import type { PayGateClient } from "../paygate/paygate-client";
import { decodeFields, RETURN_FIELDS } from "../paygate/protocol";
import type { WalletDb } from "../wallet/wallet.store";
import { settleFromPayGate } from "./top-up-settlement";
import { recordPayGateEvent } from "./top-up.store";

export interface PayGateRouteSettings {
  paygate: PayGateClient;
  /** The dashboard's base URL: the browser lands on its wallet pages after paying. */
  webUrl: string;
  clock: () => Date;
  log: (line: string) => void;
}

export const NOTIFY_PATH = "/paygate/notify";
export const RETURN_PATH = "/paygate/return";

/**
 * PayGate's two calls into the wallet. Neither is behind the gateway signature: the notify is
 * believed only through its checksum and our own records (see settleFromPayGate); the return is
 * never believed at all — it only sends the browser to the page that shows the top-up's status.
 */
export function payGateRoutes(db: WalletDb, settings: () => PayGateRouteSettings) {
  return (app: Express) => {
    const form = express.text({ type: "application/x-www-form-urlencoded", limit: "16kb" });

    app.post(NOTIFY_PATH, form, async (req, res) => {
      const { paygate, clock, log } = settings();
      const fields = decodeFields(typeof req.body === "string" ? req.body : "");
      try {
        const settlement = await settleFromPayGate(db, paygate, fields, "notify", clock(), log);
        // A forged message gets no OK; anything genuine is acknowledged once it is recorded,
        // so PayGate stops retrying (a mismatch is for a person to look at, not for a retry).
        if (settlement.outcome === "rejected_checksum") res.status(400).type("text/plain").send("Checksum mismatch");
        else res.type("text/plain").send("OK");
      } catch (error) {
        log(`paygate notify failed, PayGate will retry: ${(error as Error).message}`);
        res.status(500).type("text/plain").send("Try again");
      }
    });

    app.post(RETURN_PATH, form, async (req, res) => {
      const { paygate } = settings();
      const webUrl = settings().webUrl.replace(/\/+$/, "");
      const fields = decodeFields(typeof req.body === "string" ? req.body : "");
      const genuine = paygate.verify(fields, RETURN_FIELDS);
      const [found] =
        genuine && fields.PAY_REQUEST_ID
          ? await db
              .select({ id: topUps.id, organizationId: wallets.organizationId })
              .from(topUps)
              .innerJoin(wallets, eq(wallets.id, topUps.walletId))
              .where(eq(topUps.payRequestId, fields.PAY_REQUEST_ID))
          : [];
      await recordPayGateEvent(db, {
        topUpId: found?.id ?? null,
        source: "return",
        outcome: found ? "browser_returned" : "rejected_return",
        detail: `browser says status ${fields.TRANSACTION_STATUS ?? "?"}; not used for crediting`,
        fields,
      });
      const target = found
        ? `${webUrl}/wallet/top-ups/${found.id}?org=${encodeURIComponent(found.organizationId)}`
        : `${webUrl}/wallet`;
      res.redirect(303, target);
    });
  };
}
