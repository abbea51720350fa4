ALTER TYPE "public"."actor_kind" ADD VALUE 'suspension';--> statement-breakpoint
CREATE TABLE "vm_suspensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"suspended_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp with time zone,
	CONSTRAINT "vm_suspensions_lifted_after_suspended" CHECK ("vm_suspensions"."lifted_at" is null or "vm_suspensions"."lifted_at" >= "vm_suspensions"."suspended_at")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "vm_suspensions_one_active_per_organization" ON "vm_suspensions" USING btree ("organization_id") WHERE "vm_suspensions"."lifted_at" is null;