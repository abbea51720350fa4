CREATE TABLE "billing_closes" (
	"month" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"invoice_count" integer
);
--> statement-breakpoint
CREATE TABLE "commission_lines" (
	"statement_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"customer_name" text NOT NULL,
	"invoice_id" uuid NOT NULL,
	"invoice_number" text NOT NULL,
	"billed_cents" bigint NOT NULL,
	"margin_cents" bigint NOT NULL,
	"due_cents" bigint NOT NULL,
	CONSTRAINT "commission_lines_pkey" PRIMARY KEY("statement_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "commission_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reseller_id" uuid NOT NULL,
	"month" text NOT NULL,
	"invoice_id" uuid NOT NULL,
	"percent" numeric(5, 2) NOT NULL,
	"billed_cents" bigint NOT NULL,
	"margin_cents" bigint NOT NULL,
	"due_cents" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_counters" (
	"issuer_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "invoice_counters_pkey" PRIMARY KEY("issuer_id","year")
);
--> statement-breakpoint
CREATE TABLE "invoice_issuers" (
	"issuer_id" uuid PRIMARY KEY NOT NULL,
	"prefix" text NOT NULL,
	CONSTRAINT "invoice_issuers_prefix_unique" UNIQUE("prefix")
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"usage_month" text NOT NULL,
	"group_label" text NOT NULL,
	"vm_id" uuid,
	"customer_id" uuid,
	"sku" text,
	"description" text NOT NULL,
	"unit" text NOT NULL,
	"quantity_scaled4" bigint NOT NULL,
	"unit_price_micros" bigint NOT NULL,
	"vat_rate" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "invoice_lines_pkey" PRIMARY KEY("invoice_id","position"),
	CONSTRAINT "invoice_lines_kind_known" CHECK ("invoice_lines"."kind" in ('usage', 'adjustment', 'resold'))
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"month" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issuer_id" uuid NOT NULL,
	"issuer_kind" text NOT NULL,
	"issuer_name" text NOT NULL,
	"issuer_address" text,
	"issuer_vat_number" text,
	"recipient_id" uuid NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_name" text NOT NULL,
	"recipient_address" text,
	"recipient_vat_number" text,
	"subtotal_cents" bigint NOT NULL,
	"vat_cents" bigint NOT NULL,
	"total_cents" bigint NOT NULL,
	"vat_by_rate" jsonb NOT NULL,
	CONSTRAINT "invoices_issuer_kind_known" CHECK ("invoices"."issuer_kind" in ('provider', 'reseller')),
	CONSTRAINT "invoices_recipient_kind_known" CHECK ("invoices"."recipient_kind" in ('customer', 'reseller'))
);
--> statement-breakpoint
CREATE TABLE "reseller_commissions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"reseller_id" uuid NOT NULL,
	"from_month" text NOT NULL,
	"percent" numeric(5, 2) NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"set_by" text NOT NULL,
	CONSTRAINT "reseller_commissions_percent_range" CHECK ("reseller_commissions"."percent" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "commission_lines" ADD CONSTRAINT "commission_lines_statement_id_commission_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."commission_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statements" ADD CONSTRAINT "commission_statements_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commission_statements_reseller_month_unique" ON "commission_statements" USING btree ("reseller_id","month");--> statement-breakpoint
CREATE INDEX "commission_statements_reseller_created_idx" ON "commission_statements" USING btree ("reseller_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_issuer_number_unique" ON "invoices" USING btree ("issuer_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_recipient_month_unique" ON "invoices" USING btree ("recipient_id","month");--> statement-breakpoint
CREATE INDEX "invoices_recipient_issued_idx" ON "invoices" USING btree ("recipient_id","issued_at","id");--> statement-breakpoint
CREATE INDEX "invoices_issuer_month_idx" ON "invoices" USING btree ("issuer_id","month");--> statement-breakpoint
CREATE INDEX "reseller_commissions_reseller_month_idx" ON "reseller_commissions" USING btree ("reseller_id","from_month");--> statement-breakpoint
-- An issued invoice is a tax document: neither it nor its lines may change or disappear.
CREATE FUNCTION "refuse_invoice_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an issued invoice cannot be changed (% on %)', TG_OP, TG_TABLE_NAME;
END $$;--> statement-breakpoint
CREATE TRIGGER "invoices_immutable" BEFORE UPDATE OR DELETE ON "invoices"
  FOR EACH ROW EXECUTE FUNCTION "refuse_invoice_change"();--> statement-breakpoint
CREATE TRIGGER "invoice_lines_immutable" BEFORE UPDATE OR DELETE ON "invoice_lines"
  FOR EACH ROW EXECUTE FUNCTION "refuse_invoice_change"();
