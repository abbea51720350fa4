import { useMemo, useState } from "react";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import type { StorageTier } from "../gql/graphql";
import { describeDisks, formatGb, storageTierLabel } from "../format";
import { formatMoneyValue } from "../money";
import { useDebounced } from "./use-debounced";
import { CreateVmPanel } from "./CreateVmPanel";
import { VmEstimatePanel } from "./VmEstimatePanel";
import {
  fieldErrorsOf,
  groupByFamily,
  initialVmForm,
  licenceUnitLabel,
  nextKey,
  toEstimateInput,
  type FieldErrors,
  type VmForm,
} from "./vm-form";

/** The named sizes (each priced alone) and the licences one can add. */
const NewVmOptionsQuery = graphql(`
  query NewVmOptions {
    vmSizes {
      name
      description
      vcpuCount
      memoryGb
      bootDisk {
        tier
        capacityGb
      }
      estimate {
        monthlyTotal {
          amount
          currency
        }
      }
    }
    products(category: LICENCE) {
      sku
      name
      unit
    }
  }
`);

const EstimateVmQuery = graphql(`
  query NewVmEstimate($input: VmEstimateInput!) {
    estimateVm(input: $input) {
      ...VmEstimatePanel_VmEstimateFragment
    }
  }
`);

const TIERS: StorageTier[] = ["PERFORMANCE", "STANDARD", "ARCHIVE"];
const DEBOUNCE_MS = 300;

function FieldError({ errors, field }: { errors: FieldErrors; field: string }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <span className="field-error" role="alert" data-testid={`error-${field}`}>
      {message}
    </span>
  );
}

/**
 * Specify a VM and see what it would cost, priced by the catalog as the form changes; name it and
 * create it, then watch its operation until it runs.
 */
export function NewVmPage({ organizationId }: { organizationId: string }) {
  const [{ data: options, fetching: loadingOptions, error: optionsError }, reloadOptions] = useQuery({
    query: NewVmOptionsQuery,
  });
  const [form, setForm] = useState<VmForm | null>(null);
  const sizes = useMemo(() => options?.vmSizes ?? [], [options]);
  // Until the user touches the form, start from the first size on offer.
  const current = form ?? initialVmForm(sizes[0]?.name ?? "");
  const update = (change: Partial<VmForm>) => setForm({ ...current, ...change });

  const request = toEstimateInput(current);
  const settledInput = useDebounced(request.input ? JSON.stringify(request.input) : null, DEBOUNCE_MS);
  const input = useMemo(() => (settledInput ? JSON.parse(settledInput) : null), [settledInput]);
  const [{ data: priced, fetching: pricing, error: pricingError }] = useQuery({
    query: EstimateVmQuery,
    variables: { input },
    pause: !input || !options,
    requestPolicy: "cache-and-network",
  });

  if (!options) {
    if (loadingOptions) return <Loading label="Loading VM sizes…" />;
    return (
      <ErrorBanner
        error={optionsError}
        title="VM sizes could not be loaded"
        onRetry={() => reloadOptions({ requestPolicy: "network-only" })}
      />
    );
  }

  const server = fieldErrorsOf(pricingError);
  const upToDate = request.input !== undefined && JSON.stringify(request.input) === settledInput && !pricing;
  // Local problems (not a number yet) first; the server's messages for what it refused.
  const errors: FieldErrors = { ...(upToDate ? server.fields : {}), ...(request.errors ?? {}) };
  const selectedSize = sizes.find((size) => size.name === current.size);
  const licences = options.products;

  return (
    <div className="new-vm" data-testid="new-vm-page">
      <h1>New VM</h1>
      <div className="new-vm-layout">
        <form className="card new-vm-form" onSubmit={(event) => event.preventDefault()} noValidate>
          <fieldset>
            <legend>Size</legend>
            <label className="radio">
              <input
                type="radio"
                name="mode"
                checked={current.mode === "size"}
                onChange={() => update({ mode: "size", size: current.size || (sizes[0]?.name ?? "") })}
                data-testid="mode-size"
              />
              A named size
            </label>
            <label className="radio">
              <input
                type="radio"
                name="mode"
                checked={current.mode === "custom"}
                onChange={() =>
                  update({
                    mode: "custom",
                    disks: current.disks.length ? current.disks : [{ key: 0, tier: "STANDARD", capacityGb: "40" }],
                  })
                }
                data-testid="mode-custom"
              />
              Custom vCPUs and RAM
            </label>
            {current.mode === "size" ? (
              <div className="field">
                <label htmlFor="vm-size">Size</label>
                <select
                  id="vm-size"
                  value={current.size}
                  onChange={(event) => update({ size: event.target.value })}
                  aria-invalid={Boolean(errors.size)}
                  data-testid="size-select"
                >
                  {groupByFamily(sizes).map(([family, members]) => (
                    <optgroup key={family} label={family}>
                      {members.map((size) => (
                        <option key={size.name} value={size.name}>
                          {size.name}: {size.vcpuCount} vCPU, {formatGb(size.memoryGb)} RAM,{" "}
                          {describeDisks([size.bootDisk])} · {formatMoneyValue(size.estimate.monthlyTotal)} a month
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                <FieldError errors={errors} field="size" />
                {selectedSize && (
                  <p className="hint" data-testid="size-description">
                    {selectedSize.description}. Boot disk: {describeDisks([selectedSize.bootDisk])}.
                  </p>
                )}
              </div>
            ) : (
              <div className="field-row">
                <div className="field">
                  <label htmlFor="vm-vcpu">vCPUs</label>
                  <input
                    id="vm-vcpu"
                    inputMode="numeric"
                    value={current.vcpuCount}
                    onChange={(event) => update({ vcpuCount: event.target.value })}
                    aria-invalid={Boolean(errors.vcpuCount)}
                    data-testid="vcpu-input"
                  />
                  <FieldError errors={errors} field="vcpuCount" />
                </div>
                <div className="field">
                  <label htmlFor="vm-memory">RAM (GB)</label>
                  <input
                    id="vm-memory"
                    inputMode="numeric"
                    value={current.memoryGb}
                    onChange={(event) => update({ memoryGb: event.target.value })}
                    aria-invalid={Boolean(errors.memoryGb)}
                    data-testid="memory-input"
                  />
                  <FieldError errors={errors} field="memoryGb" />
                </div>
              </div>
            )}
          </fieldset>

          <fieldset>
            <legend>{current.mode === "size" ? "Extra disks" : "Disks (the first one boots)"}</legend>
            <FieldError errors={errors} field="disks" />
            {current.disks.map((disk, i) => (
              <div className="field-row" key={disk.key} data-testid="disk-row">
                <div className="field">
                  <label htmlFor={`disk-tier-${disk.key}`}>Tier</label>
                  <select
                    id={`disk-tier-${disk.key}`}
                    value={disk.tier}
                    onChange={(event) =>
                      update({
                        disks: current.disks.map((row) =>
                          row.key === disk.key ? { ...row, tier: event.target.value as StorageTier } : row,
                        ),
                      })
                    }
                    data-testid="disk-tier"
                  >
                    {TIERS.map((tier) => (
                      <option key={tier} value={tier}>
                        {storageTierLabel(tier)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`disk-size-${disk.key}`}>GB</label>
                  <input
                    id={`disk-size-${disk.key}`}
                    inputMode="numeric"
                    value={disk.capacityGb}
                    onChange={(event) =>
                      update({
                        disks: current.disks.map((row) =>
                          row.key === disk.key ? { ...row, capacityGb: event.target.value } : row,
                        ),
                      })
                    }
                    aria-invalid={Boolean(errors[`disks[${i}].capacityGb`])}
                    data-testid="disk-capacity"
                  />
                  <FieldError errors={errors} field={`disks[${i}].capacityGb`} />
                </div>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => update({ disks: current.disks.filter((row) => row.key !== disk.key) })}
                >
                  Remove
                </button>
              </div>
            ))}
            <button
              type="button"
              className="secondary"
              onClick={() =>
                update({
                  disks: [...current.disks, { key: nextKey(current.disks), tier: "STANDARD", capacityGb: "100" }],
                })
              }
              data-testid="add-disk"
            >
              Add a disk
            </button>
          </fieldset>

          <fieldset>
            <legend>Licences</legend>
            <FieldError errors={errors} field="licences" />
            {current.licences.map((licence, i) => {
              const product = licences.find((candidate) => candidate.sku === licence.sku);
              return (
                <div className="field-row" key={licence.key} data-testid="licence-row">
                  <div className="field">
                    <label htmlFor={`licence-sku-${licence.key}`}>Licence</label>
                    <select
                      id={`licence-sku-${licence.key}`}
                      value={licence.sku}
                      onChange={(event) =>
                        update({
                          licences: current.licences.map((row) =>
                            row.key === licence.key ? { ...row, sku: event.target.value } : row,
                          ),
                        })
                      }
                      aria-invalid={Boolean(errors[`licences[${i}].sku`])}
                      data-testid="licence-sku"
                    >
                      <option value="">Choose a licence…</option>
                      {licences.map((candidate) => (
                        <option key={candidate.sku} value={candidate.sku}>
                          {candidate.name}
                        </option>
                      ))}
                    </select>
                    <FieldError errors={errors} field={`licences[${i}].sku`} />
                  </div>
                  <div className="field">
                    <label htmlFor={`licence-quantity-${licence.key}`}>
                      {product ? `Number of ${licenceUnitLabel(product.unit)}` : "Quantity"}
                    </label>
                    <input
                      id={`licence-quantity-${licence.key}`}
                      inputMode="numeric"
                      value={licence.quantity}
                      onChange={(event) =>
                        update({
                          licences: current.licences.map((row) =>
                            row.key === licence.key ? { ...row, quantity: event.target.value } : row,
                          ),
                        })
                      }
                      aria-invalid={Boolean(errors[`licences[${i}].quantity`])}
                      data-testid="licence-quantity"
                    />
                    <FieldError errors={errors} field={`licences[${i}].quantity`} />
                  </div>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => update({ licences: current.licences.filter((row) => row.key !== licence.key) })}
                  >
                    Remove
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              className="secondary"
              onClick={() =>
                update({ licences: [...current.licences, { key: nextKey(current.licences), sku: "", quantity: "1" }] })
              }
              data-testid="add-licence"
            >
              Add a licence
            </button>
          </fieldset>

          <fieldset>
            <legend>Network</legend>
            <div className="field">
              <label htmlFor="vm-ips">Public IPv4 addresses</label>
              <input
                id="vm-ips"
                inputMode="numeric"
                value={current.publicIpCount}
                onChange={(event) => update({ publicIpCount: event.target.value })}
                aria-invalid={Boolean(errors.publicIpCount)}
                data-testid="ip-input"
              />
              <FieldError errors={errors} field="publicIpCount" />
            </div>
          </fieldset>
        </form>

        <section className="card new-vm-estimate" aria-live="polite">
          <h2>Estimated cost</h2>
          {request.errors ? (
            <p className="notice" data-testid="estimate-waiting">
              Correct the highlighted fields to see the cost.
            </p>
          ) : priced?.estimateVm && !(upToDate && pricingError) ? (
            <VmEstimatePanel estimate={priced.estimateVm} stale={!upToDate} />
          ) : upToDate && pricingError ? (
            <p className="notice" data-testid="estimate-refused">
              {Object.keys(server.fields).length > 0
                ? "The catalog cannot price this VM: see the highlighted fields."
                : "The estimate could not be loaded."}
            </p>
          ) : (
            <Loading label="Pricing…" inline />
          )}
          {server.other.length > 0 && upToDate && (
            <ul className="field-error" role="alert" data-testid="estimate-error">
              {server.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <p className="hint">Prices are the catalog&apos;s in force now, in rand, for a month of 730 hours.</p>
          <CreateVmPanel organizationId={organizationId} estimate={request.input} />
        </section>
      </div>
    </div>
  );
}
