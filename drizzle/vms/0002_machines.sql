CREATE TYPE "public"."actor_kind" AS ENUM('user', 'api_key', 'system');--> statement-breakpoint
CREATE TYPE "public"."audit_outcome" AS ENUM('succeeded', 'failed', 'detected');--> statement-breakpoint
CREATE TYPE "public"."vm_operation_kind" AS ENUM('create', 'power_on', 'power_off', 'shutdown', 'reboot', 'suspend', 'resize', 'add_disk', 'grow_disk', 'delete');--> statement-breakpoint
CREATE TYPE "public"."vm_operation_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."ip_mode" AS ENUM('dhcp', 'static');--> statement-breakpoint
CREATE TYPE "public"."vm_lifecycle" AS ENUM('provisioning', 'ready', 'deleting', 'deleted');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"vm_id" uuid,
	"vm_name" text,
	"kind" text NOT NULL,
	"actor_kind" "actor_kind" NOT NULL,
	"actor_id" text,
	"outcome" "audit_outcome" NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"message" text,
	"operation_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vm_operations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"vm_id" uuid,
	"kind" "vm_operation_kind" NOT NULL,
	"status" "vm_operation_status" DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"input" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error_code" text,
	"error_message" text,
	"requested_by_kind" "actor_kind" NOT NULL,
	"requested_by_id" text,
	"idempotency_key" text,
	"hold_id" uuid,
	"task_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vm_operations_progress_range" CHECK ("vm_operations"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "organization_folders" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"folder_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_folders_folder_id_unique" UNIQUE("folder_id")
);
--> statement-breakpoint
CREATE TABLE "vm_nics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vm_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"device_key" integer,
	"port_group" text,
	"network_id" uuid,
	"mac_address" text,
	"ip_mode" "ip_mode" DEFAULT 'dhcp' NOT NULL,
	"ip_address" "inet"
);
--> statement-breakpoint
DROP INDEX "vms_organization_id_name_unique";--> statement-breakpoint
ALTER TABLE "vm_disks" ADD COLUMN "device_key" integer;--> statement-breakpoint
ALTER TABLE "vm_disks" ADD COLUMN "datastore" text;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "lifecycle" "vm_lifecycle" DEFAULT 'ready' NOT NULL;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "instance_uuid" uuid;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "guest_os" text;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "ip_addresses" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "host" text;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "datastore" text;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "tools_status" text;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "change_version" text;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vms" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "vm_operations" ADD CONSTRAINT "vm_operations_vm_id_vms_id_fk" FOREIGN KEY ("vm_id") REFERENCES "public"."vms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vm_nics" ADD CONSTRAINT "vm_nics_vm_id_vms_id_fk" FOREIGN KEY ("vm_id") REFERENCES "public"."vms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vm_nics" ADD CONSTRAINT "vm_nics_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_organization_id_occurred_at" ON "audit_events" USING btree ("organization_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_vm_id_occurred_at" ON "audit_events" USING btree ("vm_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "vm_operations_idempotency_unique" ON "vm_operations" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "vm_operations_one_active_per_vm" ON "vm_operations" USING btree ("vm_id") WHERE "vm_operations"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "vm_operations_vm_id_created_at" ON "vm_operations" USING btree ("vm_id","created_at");--> statement-breakpoint
CREATE INDEX "vm_operations_organization_id_created_at" ON "vm_operations" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "vm_nics_vm_id_position_unique" ON "vm_nics" USING btree ("vm_id","position");--> statement-breakpoint
CREATE INDEX "vm_nics_network_id" ON "vm_nics" USING btree ("network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vms_instance_uuid_unique" ON "vms" USING btree ("instance_uuid");--> statement-breakpoint
CREATE UNIQUE INDEX "vms_organization_id_name_unique" ON "vms" USING btree ("organization_id",lower("name")) WHERE "vms"."lifecycle" <> 'deleted';