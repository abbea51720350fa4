CREATE TABLE "billing_budgets" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"amount_cents" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_budgets_amount_positive" CHECK ("billing_budgets"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "budget_alerts" (
	"organization_id" uuid NOT NULL,
	"month" text NOT NULL,
	"threshold_percent" integer NOT NULL,
	"basis" text NOT NULL,
	"budget_cents" bigint NOT NULL,
	"spent_cents" bigint NOT NULL,
	"forecast_cents" bigint NOT NULL,
	"reached_at" timestamp with time zone NOT NULL,
	"notified_at" timestamp with time zone,
	"notice_attempts" integer DEFAULT 0 NOT NULL,
	"notice_due_at" timestamp with time zone NOT NULL,
	"notice_error" text,
	CONSTRAINT "budget_alerts_organization_id_month_threshold_percent_pk" PRIMARY KEY("organization_id","month","threshold_percent"),
	CONSTRAINT "budget_alerts_basis" CHECK ("budget_alerts"."basis" in ('actual', 'forecast'))
);
--> statement-breakpoint
CREATE INDEX "budget_alerts_notice_due_idx" ON "budget_alerts" USING btree ("notice_due_at") WHERE "budget_alerts"."notified_at" is null;