CREATE TYPE "public"."wallet_card_charge_status" AS ENUM('queued', 'processing', 'unknown', 'approved', 'declined', 'failed');--> statement-breakpoint
CREATE TABLE "wallet_auto_top_up_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"threshold_cents" bigint NOT NULL,
	"amount_cents" bigint NOT NULL,
	"min_hours_between" integer NOT NULL,
	"monthly_cap_cents" bigint NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"email" text NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"disabled_reason" text,
	"set_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallet_auto_top_up_rules_wallet_unique" UNIQUE("wallet_id"),
	CONSTRAINT "wallet_auto_top_up_rules_threshold" CHECK ("wallet_auto_top_up_rules"."threshold_cents" >= 0),
	CONSTRAINT "wallet_auto_top_up_rules_amount" CHECK ("wallet_auto_top_up_rules"."amount_cents" > 0),
	CONSTRAINT "wallet_auto_top_up_rules_cap" CHECK ("wallet_auto_top_up_rules"."monthly_cap_cents" >= "wallet_auto_top_up_rules"."amount_cents"),
	CONSTRAINT "wallet_auto_top_up_rules_hours" CHECK ("wallet_auto_top_up_rules"."min_hours_between" between 1 and 720)
);
--> statement-breakpoint
CREATE TABLE "wallet_card_charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"card_id" uuid NOT NULL,
	"rule_id" uuid,
	"reference" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"currency" text DEFAULT 'ZAR' NOT NULL,
	"status" "wallet_card_charge_status" DEFAULT 'queued' NOT NULL,
	"requested_by" text NOT NULL,
	"email" text,
	"idempotency_key" text NOT NULL,
	"request_fingerprint" text NOT NULL,
	"result_code" text,
	"result_description" text,
	"paygate_transaction_id" text,
	"entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"settled_at" timestamp with time zone,
	"last_asked_at" timestamp with time zone,
	CONSTRAINT "wallet_card_charges_reference_unique" UNIQUE("reference"),
	CONSTRAINT "wallet_card_charges_wallet_id_idempotency_key_unique" UNIQUE("wallet_id","idempotency_key"),
	CONSTRAINT "wallet_card_charges_amount_positive" CHECK ("wallet_card_charges"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "wallet_saved_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"vault_id" text NOT NULL,
	"brand" text NOT NULL,
	"masked_number" text NOT NULL,
	"expiry_month" integer NOT NULL,
	"expiry_year" integer NOT NULL,
	"saved_by" text NOT NULL,
	"source_top_up_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "wallet_saved_cards_source_top_up_unique" UNIQUE("source_top_up_id"),
	CONSTRAINT "wallet_saved_cards_expiry_month" CHECK ("wallet_saved_cards"."expiry_month" between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "wallet_top_ups" ADD COLUMN "save_card" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wallet_auto_top_up_rules" ADD CONSTRAINT "wallet_auto_top_up_rules_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_auto_top_up_rules" ADD CONSTRAINT "wallet_auto_top_up_rules_card_id_wallet_saved_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."wallet_saved_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_card_charges" ADD CONSTRAINT "wallet_card_charges_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_card_charges" ADD CONSTRAINT "wallet_card_charges_card_id_wallet_saved_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."wallet_saved_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_card_charges" ADD CONSTRAINT "wallet_card_charges_rule_id_wallet_auto_top_up_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."wallet_auto_top_up_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_card_charges" ADD CONSTRAINT "wallet_card_charges_entry_id_wallet_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."wallet_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_saved_cards" ADD CONSTRAINT "wallet_saved_cards_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_saved_cards" ADD CONSTRAINT "wallet_saved_cards_source_top_up_id_wallet_top_ups_id_fk" FOREIGN KEY ("source_top_up_id") REFERENCES "public"."wallet_top_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wallet_card_charges_wallet_id_created_at_idx" ON "wallet_card_charges" USING btree ("wallet_id","created_at");--> statement-breakpoint
CREATE INDEX "wallet_card_charges_status_idx" ON "wallet_card_charges" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_card_charges_one_open_per_rule" ON "wallet_card_charges" USING btree ("rule_id") WHERE "wallet_card_charges"."rule_id" is not null and "wallet_card_charges"."status" in ('queued', 'processing', 'unknown');--> statement-breakpoint
CREATE INDEX "wallet_saved_cards_wallet_id_idx" ON "wallet_saved_cards" USING btree ("wallet_id");