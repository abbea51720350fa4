-- Each charge says which month's bill it pays towards (a day's own month until now), so a closed
-- month's late adjustments can be settled in the next one.
ALTER TABLE "usage_charges" ADD COLUMN "month" text;--> statement-breakpoint
UPDATE "usage_charges" SET "month" = substr("day", 1, 7);--> statement-breakpoint
ALTER TABLE "usage_charges" ALTER COLUMN "month" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "usage_charges_month_idx" ON "usage_charges" USING btree ("organization_id","month");--> statement-breakpoint
CREATE INDEX "vm_usage_hours_adjustments_idx" ON "vm_usage_hours" USING btree ("hour") WHERE revision > 0;
