CREATE TABLE "vm_perf_cursors" (
	"vm_id" uuid PRIMARY KEY NOT NULL,
	"collected_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "vm_perf_cursors" ADD CONSTRAINT "vm_perf_cursors_vm_id_vms_id_fk" FOREIGN KEY ("vm_id") REFERENCES "public"."vms"("id") ON DELETE cascade ON UPDATE no action;