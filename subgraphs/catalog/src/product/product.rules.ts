import { badUserInput, cleanOptionalText, cleanText } from "@dcx/kit";
import { ProductCategory, ProductUnit } from "./product.type";

/** "compute.vcpu", "storage.performance", "licence.windows-server": a family, then dotted parts. */
export const SKU_PATTERN = /^[a-z0-9]+(\.[a-z0-9-]+)+$/;
export const NAME_MIN = 2;
export const NAME_MAX = 100;
export const DESCRIPTION_MAX = 1000;

export function checkSku(sku: string): string {
  if (typeof sku !== "string" || !SKU_PATTERN.test(sku)) {
    throw badUserInput(
      `SKU must look like "compute.vcpu" (lower case, dot-separated), got ${JSON.stringify(sku)}`,
      "sku",
    );
  }
  return sku;
}

/** The kit's free-text rule: trimmed, length-capped, no control or text-direction characters. */
export function checkName(name: string): string {
  return cleanText(name, { field: "name", label: "Name", minLength: NAME_MIN, maxLength: NAME_MAX });
}

/** Blank descriptions are stored as none. */
export function checkDescription(description: string | null | undefined): string | null {
  return cleanOptionalText(description, { field: "description", label: "Description", maxLength: DESCRIPTION_MAX });
}

export function checkCategory(category: ProductCategory): ProductCategory {
  if (!Object.values(ProductCategory).includes(category)) {
    throw badUserInput(`Unknown product category ${String(category)}`, "category");
  }
  return category;
}

export function checkUnit(unit: ProductUnit): ProductUnit {
  if (!Object.values(ProductUnit).includes(unit)) throw badUserInput(`Unknown product unit ${String(unit)}`, "unit");
  return unit;
}

export function checkDate(value: Date, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw badUserInput(`${field} must be a valid date`, field);
  }
  return value;
}
