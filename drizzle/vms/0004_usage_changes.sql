CREATE TABLE "vm_usage_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"vm_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"snapshot" jsonb NOT NULL,
	"transaction_id" bigint DEFAULT txid_current() NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "vm_usage_changes_undelivered" ON "vm_usage_changes" USING btree ("id") WHERE "vm_usage_changes"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "vm_usage_changes_vm_id_id" ON "vm_usage_changes" USING btree ("vm_id","id");--> statement-breakpoint
-- The snapshot of one VM's billable state, written to the outbox when it differs from the last one
-- (or the organisation does). Called by the triggers below at commit, so a transaction that changed
-- a VM several times (its row, then its disks) writes one snapshot of the final state.
CREATE FUNCTION "vm_usage_record"("changed_vm_id" uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  vm record;
  last_organization_id uuid;
  last_snapshot jsonb;
  last_transaction_id bigint;
  create_licences jsonb;
  next_snapshot jsonb;
BEGIN
  -- One snapshot of a VM at a time: a transaction that changed only the VM's disks waits here for
  -- one that changed its row (or is taking its snapshot) to commit, then reads what that one wrote,
  -- so the later of two concurrent snapshots is always the complete one.
  SELECT v.id, v.organization_id, v.lifecycle, v.power_state, v.vcpu_count, v.memory_mib INTO vm
    FROM vms v WHERE v.id = changed_vm_id FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    -- The row itself was removed (the platform only ever marks VMs deleted): nothing to describe.
    RETURN;
  END IF;
  SELECT c.organization_id, c.snapshot, c.transaction_id
    INTO last_organization_id, last_snapshot, last_transaction_id
    FROM vm_usage_changes c WHERE c.vm_id = changed_vm_id ORDER BY c.id DESC LIMIT 1;
  -- At commit every change of this transaction is made: its first snapshot of the VM is final.
  IF last_transaction_id = txid_current() THEN
    RETURN;
  END IF;
  SELECT o.input -> 'licences' INTO create_licences
    FROM vm_operations o WHERE o.vm_id = changed_vm_id AND o.kind = 'create'
    ORDER BY o.created_at DESC LIMIT 1;
  next_snapshot := jsonb_build_object(
    'exists', vm.lifecycle IN ('ready', 'deleting'),
    'poweredOn', vm.power_state = 'powered_on',
    'vcpuCount', vm.vcpu_count,
    'memoryMib', vm.memory_mib,
    'disks', coalesce((
      SELECT jsonb_agg(
        jsonb_build_object('diskId', d.id, 'tier', d.tier::text, 'capacityGb', d.capacity_gb) ORDER BY d.position)
      FROM vm_disks d WHERE d.vm_id = changed_vm_id), '[]'::jsonb),
    'licences', coalesce((
      SELECT jsonb_agg(
        jsonb_build_object('sku', l.value ->> 'sku', 'quantity', (l.value ->> 'quantity')::integer) ORDER BY l.n)
      FROM jsonb_array_elements(
        CASE WHEN jsonb_typeof(create_licences) = 'array' THEN create_licences ELSE '[]'::jsonb END
      ) WITH ORDINALITY AS l(value, n)), '[]'::jsonb),
    'publicIpCount', 0);
  IF last_snapshot IS NULL THEN
    -- Never reported and not billable (still being created, or a create that failed): nothing to say.
    -- Each VM's latest row is never purged, so "never reported" really means never.
    IF NOT vm.lifecycle IN ('ready', 'deleting') THEN
      RETURN;
    END IF;
  ELSIF last_snapshot = next_snapshot AND last_organization_id = vm.organization_id THEN
    RETURN;
  END IF;
  INSERT INTO vm_usage_changes (vm_id, organization_id, snapshot) VALUES (vm.id, vm.organization_id, next_snapshot);
END
$$;
--> statement-breakpoint
CREATE FUNCTION "vm_usage_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'vms' THEN
    PERFORM vm_usage_record(NEW.id);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM vm_usage_record(OLD.vm_id);
  ELSE
    PERFORM vm_usage_record(NEW.vm_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Constraint triggers, deferred: they fire at commit, inside the transaction that made the change
-- (a rolled-back change writes nothing), once every statement of it has run. No code path that
-- writes these columns can forget the outbox.
CREATE CONSTRAINT TRIGGER "vms_usage_inserted" AFTER INSERT ON "vms"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION vm_usage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "vms_usage_updated" AFTER UPDATE ON "vms"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.power_state IS DISTINCT FROM NEW.power_state
    OR OLD.vcpu_count IS DISTINCT FROM NEW.vcpu_count
    OR OLD.memory_mib IS DISTINCT FROM NEW.memory_mib
    OR OLD.lifecycle IS DISTINCT FROM NEW.lifecycle
    OR OLD.organization_id IS DISTINCT FROM NEW.organization_id)
  EXECUTE FUNCTION vm_usage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "vm_disks_usage_added_or_removed" AFTER INSERT OR DELETE ON "vm_disks"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION vm_usage_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "vm_disks_usage_updated" AFTER UPDATE ON "vm_disks"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.capacity_gb IS DISTINCT FROM NEW.capacity_gb OR OLD.tier IS DISTINCT FROM NEW.tier)
  EXECUTE FUNCTION vm_usage_changed();
--> statement-breakpoint
-- What already exists is reported once, so metering starts from every VM's current state.
SELECT vm_usage_record(id) FROM vms WHERE lifecycle IN ('ready', 'deleting') ORDER BY created_at, id;
