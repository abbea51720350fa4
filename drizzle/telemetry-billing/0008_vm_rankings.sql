CREATE TABLE "vm_month_costs" (
	"organization_id" uuid NOT NULL,
	"month" text NOT NULL,
	"vm_id" uuid NOT NULL,
	"to_date_cents" bigint NOT NULL,
	"projected_cents" bigint NOT NULL,
	"metered_until" timestamp with time zone NOT NULL,
	CONSTRAINT "vm_month_costs_pkey" PRIMARY KEY("organization_id","month","vm_id")
);
--> statement-breakpoint
CREATE INDEX "vm_month_costs_month_idx" ON "vm_month_costs" USING btree ("month");--> statement-breakpoint
CREATE INDEX "vm_usage_changes_organization_vm_idx" ON "vm_usage_changes" USING btree ("organization_id","vm_id","occurred_at" DESC NULLS LAST,"sequence" DESC NULLS LAST);