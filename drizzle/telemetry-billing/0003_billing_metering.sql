CREATE TABLE "billing_prices" (
	"sku" text NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"unit_price" numeric(18, 6) NOT NULL,
	CONSTRAINT "billing_prices_pkey" PRIMARY KEY("sku","effective_from")
);
--> statement-breakpoint
CREATE TABLE "billing_vat_rates" (
	"effective_from" timestamp with time zone PRIMARY KEY NOT NULL,
	"rate" numeric(5, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charge_progress" (
	"id" integer PRIMARY KEY NOT NULL,
	"fixed_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metering_progress" (
	"id" integer PRIMARY KEY NOT NULL,
	"metered_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metering_rework" (
	"vm_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"from_hour" timestamp with time zone NOT NULL,
	"marked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_charges" (
	"organization_id" uuid NOT NULL,
	"day" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"posted_at" timestamp with time zone,
	CONSTRAINT "usage_charges_pkey" PRIMARY KEY("organization_id","day")
);
--> statement-breakpoint
CREATE TABLE "vm_usage_changes" (
	"change_id" text PRIMARY KEY NOT NULL,
	"vm_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"vm_exists" boolean NOT NULL,
	"powered_on" boolean NOT NULL,
	"vcpu_count" integer NOT NULL,
	"memory_mib" integer NOT NULL,
	"disks" jsonb NOT NULL,
	"licences" jsonb NOT NULL,
	"public_ip_count" integer NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sequence" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vm_usage_hours" (
	"vm_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"revision" integer NOT NULL,
	"exists_seconds" integer NOT NULL,
	"powered_on_seconds" integer NOT NULL,
	"vcpu_seconds" bigint NOT NULL,
	"memory_mib_seconds" bigint NOT NULL,
	"performance_gb_seconds" bigint NOT NULL,
	"standard_gb_seconds" bigint NOT NULL,
	"archive_gb_seconds" bigint NOT NULL,
	"public_ip_seconds" bigint NOT NULL,
	"licences" jsonb,
	"metered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vm_usage_hours_pkey" PRIMARY KEY("organization_id","hour","vm_id","revision")
);
--> statement-breakpoint
CREATE INDEX "vm_usage_changes_vm_occurred_idx" ON "vm_usage_changes" USING btree ("vm_id","occurred_at");