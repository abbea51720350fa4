ALTER TYPE "public"."product_unit" ADD VALUE 'core_pack_hour';--> statement-breakpoint
CREATE TABLE "vat_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rate" numeric(5, 4) NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	CONSTRAINT "vat_rates_rate_range" CHECK ("vat_rates"."rate" >= 0 and "vat_rates"."rate" < 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "vat_rates_effective_from_unique" ON "vat_rates" USING btree ("effective_from");--> statement-breakpoint
-- South Africa's VAT rate since 1 April 2018 (SAST midnight).
INSERT INTO "vat_rates" ("rate", "effective_from") VALUES (0.1500, '2018-04-01T00:00:00+02:00');
