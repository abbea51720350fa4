CREATE TYPE "public"."wallet_entry_kind" AS ENUM('top_up', 'credit_grant', 'charge', 'refund', 'adjustment');--> statement-breakpoint
CREATE TABLE "wallet_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"kind" "wallet_entry_kind" NOT NULL,
	"description" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_fingerprint" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "wallet_entries_wallet_id_idempotency_key_unique" UNIQUE("wallet_id","idempotency_key"),
	CONSTRAINT "wallet_entries_sign_matches_kind" CHECK (case "wallet_entries"."kind" when 'charge' then "wallet_entries"."amount_cents" < 0 when 'adjustment' then "wallet_entries"."amount_cents" <> 0 else "wallet_entries"."amount_cents" > 0 end)
);
--> statement-breakpoint
CREATE TABLE "wallets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"currency" text DEFAULT 'ZAR' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallets_organization_id_unique" UNIQUE("organization_id"),
	CONSTRAINT "wallets_currency_zar" CHECK ("wallets"."currency" = 'ZAR')
);
--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wallet_entries_wallet_id_created_at_idx" ON "wallet_entries" USING btree ("wallet_id","created_at");