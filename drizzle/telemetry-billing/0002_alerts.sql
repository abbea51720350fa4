-- Alert rules (the defaults are copied per organisation on first need), the per-rule, per-VM
-- evaluation state, and one row per alert fired, carrying its own e-mail state.
CREATE TABLE "alert_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"default_key" text,
	"name" text NOT NULL,
	"metric" text NOT NULL,
	"operator" text NOT NULL,
	"threshold" numeric(14, 2),
	"duration_minutes" integer NOT NULL,
	"severity" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_rules_operator_known" CHECK ("alert_rules"."operator" in ('>', '>=', '<', '<=')),
	CONSTRAINT "alert_rules_severity_known" CHECK ("alert_rules"."severity" in ('warning', 'critical')),
	CONSTRAINT "alert_rules_duration_range" CHECK ("alert_rules"."duration_minutes" between 0 and 1440),
	CONSTRAINT "alert_rules_threshold_given" CHECK ("alert_rules"."metric" = 'noSamples' or "alert_rules"."threshold" is not null)
);
--> statement-breakpoint
CREATE TABLE "alert_states" (
	"rule_id" uuid NOT NULL,
	"vm_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"last_sample_at" timestamp with time zone,
	"run_started_at" timestamp with time zone,
	CONSTRAINT "alert_states_pkey" PRIMARY KEY("rule_id","vm_id")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"vm_id" uuid NOT NULL,
	"rule_id" uuid,
	"rule_name" text NOT NULL,
	"metric" text NOT NULL,
	"operator" text NOT NULL,
	"threshold" numeric(14, 2),
	"duration_minutes" integer NOT NULL,
	"severity" text NOT NULL,
	"condition_since" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"fired_value" numeric(16, 2),
	"peak_value" numeric(16, 2),
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_kind" text,
	"acknowledged_by_id" text,
	"fired_notified_at" timestamp with time zone,
	"resolved_notified_at" timestamp with time zone,
	"notice_attempts" integer DEFAULT 0 NOT NULL,
	"notice_due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notice_error" text,
	CONSTRAINT "alerts_resolution_with_resolved_at" CHECK (("alerts"."resolved_at" is null) = ("alerts"."resolution" is null))
);
--> statement-breakpoint
ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_rules_organization_default_key_unique" ON "alert_rules" USING btree ("organization_id","default_key");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_open_rule_vm_unique" ON "alerts" USING btree ("rule_id","vm_id") WHERE "alerts"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_vm_condition_since_idx" ON "alerts" USING btree ("vm_id","condition_since");--> statement-breakpoint
CREATE INDEX "alerts_organization_open_idx" ON "alerts" USING btree ("organization_id","fired_at") WHERE "alerts"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_vm_open_idx" ON "alerts" USING btree ("vm_id") WHERE "alerts"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "alerts_notice_due_idx" ON "alerts" USING btree ("notice_due_at") WHERE "alerts"."fired_notified_at" is null or ("alerts"."resolved_at" is not null and "alerts"."resolved_notified_at" is null);