CREATE TABLE "vm_samples" (
	"vm_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"sampled_at" timestamp with time zone NOT NULL,
	"cpu_percent" double precision NOT NULL,
	"memory_percent" double precision NOT NULL,
	CONSTRAINT "vm_samples_pkey" PRIMARY KEY("vm_id","sampled_at"),
	CONSTRAINT "vm_samples_cpu_percent_range" CHECK ("vm_samples"."cpu_percent" between 0 and 100),
	CONSTRAINT "vm_samples_memory_percent_range" CHECK ("vm_samples"."memory_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE INDEX "vm_samples_organization_sampled_at_idx" ON "vm_samples" USING btree ("organization_id","sampled_at");