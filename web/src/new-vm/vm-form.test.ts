import { CombinedError } from "urql";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import {
  fieldErrorsOf,
  formatUnitPrice,
  formatVatPercent,
  groupByFamily,
  initialVmForm,
  licenceUnitLabel,
  nextKey,
  parseWholeNumber,
  toEstimateInput,
  type VmForm,
} from "./vm-form";

const sized: VmForm = {
  ...initialVmForm("general.small"),
  disks: [{ key: 0, tier: "ARCHIVE", capacityGb: "500" }],
  licences: [{ key: 0, sku: "licence.rhel", quantity: "1" }],
  publicIpCount: "2",
};

describe("the New VM form", () => {
  it("starts from a size with no extras, or custom with a 40 GB standard boot disk", () => {
    expect(toEstimateInput(initialVmForm("general.small"))).toEqual({
      input: { size: "general.small", disks: [], licences: [], publicIpCount: 0 },
    });
    expect(toEstimateInput(initialVmForm())).toEqual({
      input: {
        vcpuCount: 2,
        memoryGb: 4,
        disks: [{ tier: "STANDARD", capacityGb: 40 }],
        licences: [],
        publicIpCount: 0,
      },
    });
  });

  it("sends a size with extras and no vCPU or RAM numbers", () => {
    expect(toEstimateInput(sized)).toEqual({
      input: {
        size: "general.small",
        disks: [{ tier: "ARCHIVE", capacityGb: 500 }],
        licences: [{ sku: "licence.rhel", quantity: 1 }],
        publicIpCount: 2,
      },
    });
  });

  it("names the fields that are not whole numbers yet, by the server's field names, and sends nothing", () => {
    const form: VmForm = {
      ...initialVmForm(),
      vcpuCount: "",
      memoryGb: "4.5",
      disks: [
        { key: 0, tier: "STANDARD", capacityGb: "40" },
        { key: 1, tier: "STANDARD", capacityGb: "lots" },
      ],
      licences: [{ key: 3, sku: "", quantity: "1" }],
    };
    expect(toEstimateInput(form)).toEqual({
      errors: {
        vcpuCount: "Enter a number",
        memoryGb: "Enter a whole number",
        "disks[1].capacityGb": "Enter a whole number",
        "licences[0].sku": "Choose a licence",
      },
    });
    expect(toEstimateInput({ ...initialVmForm(), mode: "size", size: "" })).toEqual({
      errors: { size: "Choose a size" },
    });
  });

  it("leaves ranges to the server: a negative or huge count is sent as typed", () => {
    expect(toEstimateInput({ ...sized, publicIpCount: "-1" }).input?.publicIpCount).toBe(-1);
    expect(parseWholeNumber(" 200 ")).toBe(200);
    expect(parseWholeNumber("9999999999")).toBeNull(); // more than a GraphQL Int can carry
    expect(parseWholeNumber("1e3")).toBeNull();
  });

  it("puts the server's BAD_USER_INPUT messages beside their fields, and keeps the rest apart", () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError("memoryGb must be a whole number from 1 to 4096, got 5000", {
          extensions: { code: "BAD_USER_INPUT", field: "memoryGb" },
        }),
        new GraphQLError("The catalog service is unavailable", { extensions: { code: "INTERNAL_SERVER_ERROR" } }),
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({
      fields: { memoryGb: "memoryGb must be a whole number from 1 to 4096, got 5000" },
      other: ["The catalog service is unavailable"],
    });
    expect(fieldErrorsOf(undefined)).toEqual({ fields: {}, other: [] });
  });

  it("labels licence quantities by the product's unit", () => {
    expect(licenceUnitLabel("VCPU_HOUR")).toBe("vCPUs");
    expect(licenceUnitLabel("CORE_PACK_HOUR")).toBe("2-core packs");
    expect(licenceUnitLabel("INSTANCE_MONTH")).toBe("VMs");
  });

  it("groups sizes by family in the server's order, and numbers new rows after the largest key", () => {
    const sizes = [{ name: "general.small" }, { name: "general.large" }, { name: "memory.large" }];
    expect(groupByFamily(sizes)).toEqual([
      ["general", [{ name: "general.small" }, { name: "general.large" }]],
      ["memory", [{ name: "memory.large" }]],
    ]);
    expect(nextKey([])).toBe(0);
    expect(nextKey([{ key: 4 }, { key: 1 }])).toBe(5);
  });

  it("shows the VAT rate as the server sent it, as a percentage", () => {
    expect(formatVatPercent("0.1500")).toBe("15 %");
    expect(formatVatPercent("0.1550")).toBe("15,5 %");
    expect(formatVatPercent("0.0000")).toBe("0 %");
    expect(formatVatPercent("0.0825")).toBe("8,25 %");
  });

  it("shows unit prices with the digits the server sent beyond the cents, never rounded", () => {
    const plain = (text: string) => text.replace(/\s/g, "");
    expect(plain(formatUnitPrice({ amount: "0.185000", currency: "ZAR" }))).toBe("R0,185");
    expect(plain(formatUnitPrice({ amount: "0.420000", currency: "ZAR" }))).toBe("R0,42");
    expect(plain(formatUnitPrice({ amount: "95.000000", currency: "ZAR" }))).toBe("R95,00");
    expect(plain(formatUnitPrice({ amount: "38500.000001", currency: "ZAR" }))).toBe("R38500,000001");
  });
});
