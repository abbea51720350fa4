-- The samples table is rebuilt: one row per VM per 5-minute instant with every metric as vCenter
-- reports it (integers), range-partitioned by day so that retention drops whole days.
-- PGlite supports declarative partitioning too, so both databases run the same schema.
DROP TABLE "vm_samples";
--> statement-breakpoint
CREATE TABLE "rollup_pending" (
	"resolution_minutes" smallint NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	CONSTRAINT "rollup_pending_pkey" PRIMARY KEY("resolution_minutes","bucket")
);
--> statement-breakpoint
CREATE TABLE "vm_rollups" (
	"resolution_minutes" smallint NOT NULL,
	"vm_id" uuid NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"organization_id" uuid NOT NULL,
	"cpu_usage_bp_sum" bigint,
	"cpu_usage_bp_max" integer,
	"cpu_usage_bp_count" integer DEFAULT 0 NOT NULL,
	"cpu_ready_bp_sum" bigint,
	"cpu_ready_bp_max" integer,
	"cpu_ready_bp_count" integer DEFAULT 0 NOT NULL,
	"memory_usage_bp_sum" bigint,
	"memory_usage_bp_max" integer,
	"memory_usage_bp_count" integer DEFAULT 0 NOT NULL,
	"memory_active_kb_sum" bigint,
	"memory_active_kb_max" integer,
	"memory_active_kb_count" integer DEFAULT 0 NOT NULL,
	"disk_read_kbps_sum" bigint,
	"disk_read_kbps_max" integer,
	"disk_read_kbps_count" integer DEFAULT 0 NOT NULL,
	"disk_write_kbps_sum" bigint,
	"disk_write_kbps_max" integer,
	"disk_write_kbps_count" integer DEFAULT 0 NOT NULL,
	"disk_read_iops_sum" bigint,
	"disk_read_iops_max" integer,
	"disk_read_iops_count" integer DEFAULT 0 NOT NULL,
	"disk_write_iops_sum" bigint,
	"disk_write_iops_max" integer,
	"disk_write_iops_count" integer DEFAULT 0 NOT NULL,
	"disk_latency_ms_sum" bigint,
	"disk_latency_ms_max" integer,
	"disk_latency_ms_count" integer DEFAULT 0 NOT NULL,
	"network_receive_kbps_sum" bigint,
	"network_receive_kbps_max" integer,
	"network_receive_kbps_count" integer DEFAULT 0 NOT NULL,
	"network_transmit_kbps_sum" bigint,
	"network_transmit_kbps_max" integer,
	"network_transmit_kbps_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "vm_rollups_pkey" PRIMARY KEY("resolution_minutes","vm_id","bucket")
);
--> statement-breakpoint
CREATE TABLE "vm_power_states" (
	"vm_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"vm_name" text,
	"powered_on" boolean NOT NULL,
	"observed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vm_guest_disk_samples" (
	"vm_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"path" text NOT NULL,
	"sampled_at" timestamp with time zone NOT NULL,
	"capacity_mb" bigint NOT NULL,
	"free_mb" bigint NOT NULL,
	CONSTRAINT "vm_guest_disk_samples_pkey" PRIMARY KEY("vm_id","path","sampled_at")
);
--> statement-breakpoint
CREATE TABLE "vm_samples" (
	"vm_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"sampled_at" timestamp with time zone NOT NULL,
	"cpu_usage_bp" integer,
	"cpu_ready_bp" integer,
	"memory_usage_bp" integer,
	"memory_active_kb" integer,
	"disk_read_kbps" integer,
	"disk_write_kbps" integer,
	"disk_read_iops" integer,
	"disk_write_iops" integer,
	"disk_latency_ms" integer,
	"network_receive_kbps" integer,
	"network_transmit_kbps" integer,
	"uptime_seconds" integer,
	CONSTRAINT "vm_samples_pkey" PRIMARY KEY("vm_id","sampled_at")
) PARTITION BY RANGE ("sampled_at");
--> statement-breakpoint
CREATE INDEX "vm_rollups_organization_bucket_idx" ON "vm_rollups" USING btree ("resolution_minutes","organization_id","bucket");--> statement-breakpoint
CREATE INDEX "vm_rollups_bucket_idx" ON "vm_rollups" USING btree ("resolution_minutes","bucket");--> statement-breakpoint
CREATE INDEX "vm_samples_organization_sampled_at_idx" ON "vm_samples" USING btree ("organization_id","sampled_at");--> statement-breakpoint
CREATE VIEW "public"."vm_collection_state" AS (select state.vm_id, state.organization_id, state.powered_on, state.observed_at,
    (select max(sample.sampled_at) from vm_samples sample where sample.vm_id = state.vm_id) as newest_sample_at
    from vm_power_states state);
