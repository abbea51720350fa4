CREATE TABLE "vm_sizes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"vcpu_count" integer NOT NULL,
	"memory_gb" integer NOT NULL,
	"boot_disk_tier" text NOT NULL,
	"boot_disk_gb" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "vm_sizes_vcpu_count_range" CHECK ("vm_sizes"."vcpu_count" between 1 and 128),
	CONSTRAINT "vm_sizes_memory_gb_range" CHECK ("vm_sizes"."memory_gb" between 1 and 4096),
	CONSTRAINT "vm_sizes_boot_disk_tier" CHECK ("vm_sizes"."boot_disk_tier" in ('performance', 'standard', 'archive')),
	CONSTRAINT "vm_sizes_boot_disk_gb_range" CHECK ("vm_sizes"."boot_disk_gb" between 1 and 65536)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "vm_sizes_name_unique" ON "vm_sizes" USING btree ("name");--> statement-breakpoint
-- The provider's standard sizes: specifications only, priced from the products when asked.
INSERT INTO "vm_sizes" ("name", "description", "vcpu_count", "memory_gb", "boot_disk_tier", "boot_disk_gb") VALUES
	('general.small', 'Small general-purpose VM: web front ends, small services, test machines', 1, 2, 'standard', 40),
	('general.medium', 'General-purpose VM for application servers and small databases', 2, 4, 'standard', 60),
	('general.large', 'General-purpose VM for busier applications', 4, 8, 'standard', 80),
	('general.xlarge', 'Large general-purpose VM', 8, 16, 'standard', 100),
	('compute.large', 'Compute-optimised: 1 GB per vCPU on SSD for batch jobs and build agents', 4, 4, 'performance', 60),
	('compute.xlarge', 'Compute-optimised: 8 vCPU, 1 GB per vCPU on SSD', 8, 8, 'performance', 80),
	('memory.large', 'Memory-optimised: 8 GB per vCPU on SSD for databases and caches', 4, 32, 'performance', 80),
	('memory.xlarge', 'Memory-optimised: 8 vCPU, 64 GB on SSD for in-memory workloads', 8, 64, 'performance', 100);
