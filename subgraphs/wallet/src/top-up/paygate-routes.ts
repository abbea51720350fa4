import { type Clock } from "@dcx/kit";
import express, { type Express } from "express";
import { eq } from "drizzle-orm";
import { topUps, wallets } from "../db/schema";
import type { PayGateClient } from "../paygate/paygate-client";
import { decodeFields } from "../paygate/protocol";
import type { WalletDb } from "../wallet/wallet.store";
import { askPayGate, handleNotify } from "./paygate-confirmation";
import { printable } from "./top-up-settlement";
import type { CardVaultSeal } from "../saved-card/card-vault-seal";
import { recordPayGateEvent } from "./top-up.store";

export interface PayGateRouteSettings {
  paygate: PayGateClient;
  /** The dashboard's base URL: the browser lands on its wallet pages after paying. */
  webUrl: string;
  clock: Clock;
  log: (line: string) => void;
  /** Who hears of a payment PayGate took that could not be credited; null: the log only. */
  alertEmail: string | null;
  cardVault: CardVaultSeal;
}

export const NOTIFY_PATH = "/paygate/notify";
export const RETURN_PATH = "/paygate/return";

/**
 * PayGate's two calls into the wallet. Neither is behind the gateway signature and neither is
 * believed: a notify or a return with a valid checksum only makes the wallet ask PayGate itself
 * (query.trans), and PayGate's answer, checked against our records, settles the top-up
 * (see handleNotify). The return then sends the browser to the page that shows the top-up.
 */
export function payGateRoutes(db: WalletDb, settings: () => PayGateRouteSettings) {
  return (app: Express) => {
    const form = express.text({ type: "application/x-www-form-urlencoded", limit: "16kb" });

    app.post(NOTIFY_PATH, form, async (req, res) => {
      try {
        const { paygate, clock, log, alertEmail, cardVault } = settings();
        const fields = decodeFields(typeof req.body === "string" ? req.body : "");
        const handled = await handleNotify(db, { paygate, log, alertEmail, cardVault }, fields, clock());
        // A forged message gets no OK. One we could not confirm because PayGate did not answer our
        // query is refused so that PayGate sends it again; anything else is acknowledged once it
        // is recorded, so PayGate stops retrying (a contradiction is for a person, not a retry).
        if (handled.outcome === "rejected_checksum") res.status(400).type("text/plain").send("Checksum mismatch");
        else if (handled.outcome === "query_failed") res.status(503).type("text/plain").send("Try again");
        else res.type("text/plain").send("OK");
      } catch (error) {
        settings().log(`paygate notify failed, PayGate will retry: ${(error as Error).message}`);
        res.status(500).type("text/plain").send("Try again");
      }
    });

    app.post(RETURN_PATH, form, async (req, res) => {
      const { paygate, log, alertEmail, clock, cardVault, webUrl: dashboard } = settings();
      const webUrl = dashboard.replace(/\/+$/, "");
      const fields = decodeFields(typeof req.body === "string" ? req.body : "");
      const [found] = fields.PAY_REQUEST_ID
        ? await db
            .select({ top: topUps, organizationId: wallets.organizationId })
            .from(topUps)
            .innerJoin(wallets, eq(wallets.id, topUps.walletId))
            .where(eq(topUps.payRequestId, fields.PAY_REQUEST_ID))
        : [];
      if (found && paygate.verifyReturn(fields, found.top.reference)) {
        const { top, organizationId } = found;
        await recordPayGateEvent(db, {
          topUpId: top.id,
          source: "return",
          outcome: "browser_returned",
          detail: `browser says status ${fields.TRANSACTION_STATUS ?? "?"}; PayGate is asked instead`,
          fields,
        });
        // The customer is back: ask PayGate now rather than wait for the notify. A failure only
        // leaves the top-up pending for the notify or reconciliation.
        const asked = await askPayGate(db, { paygate, log, alertEmail, cardVault }, top, clock()).catch(
          (error: Error) => ({
            kind: "failed" as const,
            reason: error.message,
          }),
        );
        if (asked.kind !== "answered")
          log(`paygate return for ${top.reference}: PayGate not asked or refused (${asked.kind})`);
        res.redirect(303, `${webUrl}/wallet/top-ups/${top.id}?org=${encodeURIComponent(organizationId)}`);
        return;
      }
      // Unsigned or unknown: nothing is written (a flood of forgeries must not fill the database).
      log(`paygate return REJECTED: ${found ? "checksum mismatch" : "unknown pay request"} ${printable(fields)}`);
      res.redirect(303, `${webUrl}/wallet`);
    });
  };
}
