CREATE TYPE "public"."wallet_hold_status" AS ENUM('active', 'captured', 'released', 'expired');--> statement-breakpoint
CREATE TABLE "wallet_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"captured_cents" bigint DEFAULT 0 NOT NULL,
	"status" "wallet_hold_status" DEFAULT 'active' NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_fingerprint" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "wallet_holds_wallet_id_idempotency_key_unique" UNIQUE("wallet_id","idempotency_key"),
	CONSTRAINT "wallet_holds_amount_positive" CHECK ("wallet_holds"."amount_cents" > 0),
	CONSTRAINT "wallet_holds_captured_within_amount" CHECK ("wallet_holds"."captured_cents" >= 0 and "wallet_holds"."captured_cents" <= "wallet_holds"."amount_cents")
);
--> statement-breakpoint
ALTER TABLE "wallets" ADD COLUMN "credit_limit_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallet_holds" ADD CONSTRAINT "wallet_holds_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wallet_holds_wallet_id_status_idx" ON "wallet_holds" USING btree ("wallet_id","status");--> statement-breakpoint
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_credit_limit_not_negative" CHECK ("wallets"."credit_limit_cents" >= 0);