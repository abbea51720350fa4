CREATE TABLE "wallet_arrears" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wallet_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"grace_ends_at" timestamp with time zone NOT NULL,
	"start_notice_at" timestamp with time zone,
	"final_notice_at" timestamp with time zone,
	"suspended_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"settled_by" text,
	"lifted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "wallets" ADD COLUMN "suspension_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "wallets" ADD COLUMN "suspension_grace_hours" integer DEFAULT 72 NOT NULL;--> statement-breakpoint
ALTER TABLE "wallet_arrears" ADD CONSTRAINT "wallet_arrears_wallet_id_wallets_id_fk" FOREIGN KEY ("wallet_id") REFERENCES "public"."wallets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_arrears_one_open_per_wallet" ON "wallet_arrears" USING btree ("wallet_id") WHERE "wallet_arrears"."settled_at" is null;--> statement-breakpoint
CREATE INDEX "wallet_arrears_pending_idx" ON "wallet_arrears" USING btree ("started_at") WHERE "wallet_arrears"."settled_at" is null or ("wallet_arrears"."suspended_at" is not null and "wallet_arrears"."lifted_at" is null);--> statement-breakpoint
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_suspension_grace_hours_range" CHECK ("wallets"."suspension_grace_hours" between 24 and 720);