ALTER TABLE "organizations" ADD COLUMN "billing_address" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "vat_number" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_vat_number_format" CHECK ("organizations"."vat_number" ~ '^4[0-9]{9}$');--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_billing_address_length" CHECK (char_length("organizations"."billing_address") between 1 and 400);