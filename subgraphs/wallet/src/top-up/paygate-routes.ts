import express, { type Express } from "express";
import { eq } from "drizzle-orm";
import { topUps, wallets } from "../db/schema";
import type { PayGateClient } from "../paygate/paygate-client";
import { decodeFields } from "../paygate/protocol";
import type { WalletDb } from "../wallet/wallet.store";
import { printable, settleFromPayGate } from "./top-up-settlement";
import { recordPayGateEvent } from "./top-up.store";

export interface PayGateRouteSettings {
  paygate: PayGateClient;
  /** The dashboard's base URL: the browser lands on its wallet pages after paying. */
  webUrl: string;
  clock: () => Date;
  log: (line: string) => void;
  /** Who hears of a payment PayGate took that could not be credited; null: the log only. */
  alertEmail: string | null;
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
      try {
        const { paygate, clock, log, alertEmail } = settings();
        const fields = decodeFields(typeof req.body === "string" ? req.body : "");
        const settlement = await settleFromPayGate(db, { paygate, log, alertEmail }, fields, "notify", clock());
        // A forged message gets no OK; anything genuine is acknowledged once it is recorded,
        // so PayGate stops retrying (a mismatch is for a person to look at, not for a retry).
        if (settlement.outcome === "rejected_checksum") res.status(400).type("text/plain").send("Checksum mismatch");
        else res.type("text/plain").send("OK");
      } catch (error) {
        console.error(`paygate notify failed, PayGate will retry: ${(error as Error).message}`);
        res.status(500).type("text/plain").send("Try again");
      }
    });

    app.post(RETURN_PATH, form, async (req, res) => {
      const { paygate, log, webUrl: dashboard } = settings();
      const webUrl = dashboard.replace(/\/+$/, "");
      const fields = decodeFields(typeof req.body === "string" ? req.body : "");
      const [found] = fields.PAY_REQUEST_ID
        ? await db
            .select({ id: topUps.id, reference: topUps.reference, organizationId: wallets.organizationId })
            .from(topUps)
            .innerJoin(wallets, eq(wallets.id, topUps.walletId))
            .where(eq(topUps.payRequestId, fields.PAY_REQUEST_ID))
        : [];
      if (found && paygate.verifyReturn(fields, found.reference)) {
        await recordPayGateEvent(db, {
          topUpId: found.id,
          source: "return",
          outcome: "browser_returned",
          detail: `browser says status ${fields.TRANSACTION_STATUS ?? "?"}; not used for crediting`,
          fields,
        });
        res.redirect(303, `${webUrl}/wallet/top-ups/${found.id}?org=${encodeURIComponent(found.organizationId)}`);
        return;
      }
      // Unsigned or unknown: nothing is written (a flood of forgeries must not fill the database).
      log(`paygate return REJECTED: ${found ? "checksum mismatch" : "unknown pay request"} ${printable(fields)}`);
      res.redirect(303, `${webUrl}/wallet`);
    });
  };
}
