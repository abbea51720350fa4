/** A first set of priced products (ZAR, excl. VAT). */
export const DEMO_PRODUCTS = [
  { sku: "compute.vcpu", name: "vCPU", category: "compute", unit: "vcpu_hour", unitPrice: "0.420000" },
  { sku: "compute.ram-gb", name: "RAM (GB)", category: "compute", unit: "gb_ram_hour", unitPrice: "0.185000" },
  {
    sku: "storage.performance",
    name: "Performance storage (SSD)",
    category: "storage",
    unit: "gb_month",
    unitPrice: "2.450000",
  },
  { sku: "storage.standard", name: "Standard storage", category: "storage", unit: "gb_month", unitPrice: "1.150000" },
  { sku: "storage.archive", name: "Archive storage", category: "storage", unit: "gb_month", unitPrice: "0.380000" },
  {
    sku: "network.public-ip",
    name: "Public IPv4 address",
    category: "network",
    unit: "ip_month",
    unitPrice: "95.000000",
  },
  {
    sku: "network.egress-gb",
    name: "Internet egress",
    category: "network",
    unit: "gb_transfer",
    unitPrice: "0.650000",
  },
  {
    sku: "licence.windows-server",
    name: "Windows Server licence",
    category: "licence",
    unit: "vcpu_hour",
    unitPrice: "0.095000",
  },
  {
    sku: "backup.vm-daily",
    name: "Daily VM backup",
    category: "backup",
    unit: "instance_month",
    unitPrice: "149.000000",
  },
  { sku: "support.business", name: "Business support", category: "support", unit: "month", unitPrice: "1950.000000" },
] as const;
