CREATE TYPE "public"."wallet_top_up_status" AS ENUM('initiating', 'pending', 'approved', 'declined', 'cancelled', 'failed', 'expired');--> statement-breakpoint
CREATE TABLE "wallet_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "wallet_notices_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "wallet_paygate_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"top_up_id" uuid,
	"source" text NOT NULL,
	"outcome" text NOT NULL,
	"detail" text NOT NULL,
	"fields" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallet_top_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"currency" text DEFAULT 'ZAR' NOT NULL,
	"email" text NOT NULL,
	"status" "wallet_top_up_status" DEFAULT 'initiating' NOT NULL,
	"paygate_id" text NOT NULL,
	"pay_request_id" text,
	"requested_by" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_fingerprint" text NOT NULL,
	"result_code" text,
	"result_description" text,
	"paygate_transaction_id" text,
	"entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"settled_at" timestamp with time zone,
	"last_queried_at" timestamp with time zone,
	CONSTRAINT "wallet_top_ups_reference_unique" UNIQUE("reference"),
	CONSTRAINT "wallet_top_ups_pay_request_id_unique" UNIQUE("pay_request_id"),
	CONSTRAINT "wallet_top_ups_wallet_id_idempotency_key_unique" UNIQUE("wallet_id","idempotency_key"),
	CONSTRAINT "wallet_top_ups_amount_positive" CHECK ("wallet_top_ups"."amount_cents" > 0),
	CONSTRAINT "wallet_top_ups_currency_zar" CHECK ("wallet_top_ups"."currency" = 'ZAR')
);
--> statement-breakpoint
ALTER TABLE "wallets" ADD COLUMN "low_balance_threshold_cents" bigint;--> statement-breakpoint
ALTER TABLE "wallets" ADD COLUMN "low_balance_email" text;--> statement-breakpoint
ALTER TABLE "wallets" ADD COLUMN "low_balance_warned" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wallet_notices" ADD CONSTRAINT "wallet_notices_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_paygate_events" ADD CONSTRAINT "wallet_paygate_events_top_up_id_wallet_top_ups_id_fk" FOREIGN KEY ("top_up_id") REFERENCES "public"."wallet_top_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_top_ups" ADD CONSTRAINT "wallet_top_ups_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_top_ups" ADD CONSTRAINT "wallet_top_ups_entry_id_wallet_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."wallet_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wallet_notices_unsent_idx" ON "wallet_notices" USING btree ("next_attempt_at") WHERE "wallet_notices"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "wallet_paygate_events_top_up_id_idx" ON "wallet_paygate_events" USING btree ("top_up_id");--> statement-breakpoint
CREATE INDEX "wallet_top_ups_wallet_id_created_at_idx" ON "wallet_top_ups" USING btree ("wallet_id","created_at");--> statement-breakpoint
CREATE INDEX "wallet_top_ups_status_idx" ON "wallet_top_ups" USING btree ("status");--> statement-breakpoint
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_low_balance_threshold_not_negative" CHECK ("wallets"."low_balance_threshold_cents" >= 0);