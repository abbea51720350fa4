CREATE TYPE "public"."product_category" AS ENUM('compute', 'storage', 'network', 'licence', 'backup', 'support');--> statement-breakpoint
CREATE TYPE "public"."product_unit" AS ENUM('vcpu_hour', 'gb_ram_hour', 'gb_month', 'ip_month', 'gb_transfer', 'instance_month', 'month');--> statement-breakpoint
CREATE TABLE "product_prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"unit_price" numeric(18, 6) NOT NULL,
	"currency" text DEFAULT 'ZAR' NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	CONSTRAINT "product_prices_unit_price_not_negative" CHECK ("product_prices"."unit_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"category" "product_category" NOT NULL,
	"unit" "product_unit" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "product_prices_product_effective_unique" ON "product_prices" USING btree ("product_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "products_sku_unique" ON "products" USING btree ("sku");