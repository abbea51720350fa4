CREATE TYPE "public"."power_state" AS ENUM('powered_on', 'powered_off', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."storage_tier" AS ENUM('performance', 'standard', 'archive');--> statement-breakpoint
CREATE TABLE "vm_disks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vm_id" uuid NOT NULL,
	"label" text NOT NULL,
	"capacity_gb" integer NOT NULL,
	"tier" "storage_tier" NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "vm_disks_capacity_gb_positive" CHECK ("vm_disks"."capacity_gb" > 0),
	CONSTRAINT "vm_disks_position_non_negative" CHECK ("vm_disks"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "vms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"power_state" "power_state" NOT NULL,
	"vcpu_count" integer NOT NULL,
	"memory_mib" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vms_vcpu_count_positive" CHECK ("vms"."vcpu_count" > 0),
	CONSTRAINT "vms_memory_mib_positive" CHECK ("vms"."memory_mib" > 0)
);
--> statement-breakpoint
ALTER TABLE "vm_disks" ADD CONSTRAINT "vm_disks_vm_id_vms_id_fk" FOREIGN KEY ("vm_id") REFERENCES "public"."vms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vm_disks_vm_id_position_unique" ON "vm_disks" USING btree ("vm_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "vms_organization_id_name_unique" ON "vms" USING btree ("organization_id",lower("name"));