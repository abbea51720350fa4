/** The demo catalog: 39 priced products (ZAR, excl. VAT). */
const p = (sku: string, name: string, category: string, unit: string, unitPrice: string) =>
  ({ sku, name, category, unit, unitPrice }) as const;

export const DEMO_PRODUCTS = [
  // Compute
  p("compute.vcpu", "vCPU", "compute", "vcpu_hour", "0.420000"),
  p("compute.ram-gb", "RAM (GB)", "compute", "gb_ram_hour", "0.185000"),
  p("compute.vcpu-dedicated", "Dedicated vCPU (no overcommit)", "compute", "vcpu_hour", "0.780000"),
  p("compute.gpu-t4", "NVIDIA T4 GPU", "compute", "instance_month", "6850.000000"),
  p("compute.host-dedicated", "Dedicated ESXi host (2 × 24 cores, 768 GB)", "compute", "month", "38500.000000"),
  // Storage
  p("storage.performance", "Performance storage (SSD)", "storage", "gb_month", "2.450000"),
  p("storage.standard", "Standard storage", "storage", "gb_month", "1.150000"),
  p("storage.archive", "Archive storage", "storage", "gb_month", "0.380000"),
  p("storage.object", "Object storage (S3-compatible)", "storage", "gb_month", "0.420000"),
  p("storage.snapshot", "VM snapshot storage", "storage", "gb_month", "0.650000"),
  p("storage.file-nfs", "Managed NFS file share", "storage", "gb_month", "1.850000"),
  // Network
  p("network.public-ip", "Public IPv4 address", "network", "ip_month", "95.000000"),
  p("network.egress-gb", "Internet egress", "network", "gb_transfer", "0.650000"),
  p("network.load-balancer", "Load balancer", "network", "instance_month", "450.000000"),
  p("network.vpn-gateway", "Site-to-site VPN gateway", "network", "instance_month", "650.000000"),
  p("network.firewall-edge", "Managed edge firewall", "network", "instance_month", "1250.000000"),
  p("network.cross-connect-1g", "1 Gbps cross-connect (Teraco)", "network", "month", "1800.000000"),
  p("network.ddos-protection", "DDoS protection", "network", "ip_month", "350.000000"),
  // Licences
  p("licence.windows-server", "Windows Server licence", "licence", "vcpu_hour", "0.095000"),
  p("licence.windows-server-datacenter", "Windows Server Datacenter licence", "licence", "vcpu_hour", "0.310000"),
  p("licence.rhel", "Red Hat Enterprise Linux", "licence", "instance_month", "980.000000"),
  p("licence.suse-sles", "SUSE Linux Enterprise Server", "licence", "instance_month", "720.000000"),
  p("licence.sql-server-standard", "SQL Server Standard (2-core pack)", "licence", "core_pack_hour", "2.250000"),
  p("licence.sql-server-enterprise", "SQL Server Enterprise (2-core pack)", "licence", "core_pack_hour", "8.650000"),
  p("licence.sql-server-web", "SQL Server Web (2-core pack)", "licence", "core_pack_hour", "0.160000"),
  p("licence.rds-cal", "Remote Desktop Services SAL", "licence", "month", "145.000000"),
  p("licence.cpanel", "cPanel", "licence", "instance_month", "420.000000"),
  p("licence.antivirus", "Endpoint protection", "licence", "instance_month", "85.000000"),
  // Backup
  p("backup.vm-daily", "Daily VM backup", "backup", "instance_month", "149.000000"),
  p("backup.storage", "Backup repository storage", "backup", "gb_month", "0.550000"),
  p("backup.offsite-copy", "Off-site backup copy", "backup", "gb_month", "0.350000"),
  p("backup.m365-user", "Microsoft 365 backup", "backup", "month", "38.000000"),
  p("backup.dr-replication", "Disaster recovery replication", "backup", "instance_month", "520.000000"),
  p("backup.immutable-gb", "Immutable backup storage", "backup", "gb_month", "0.750000"),
  // Support
  p("support.business", "Business support", "support", "month", "1950.000000"),
  p("support.enterprise", "Enterprise support (24 × 7, 15-minute response)", "support", "month", "7500.000000"),
  p("support.managed-os", "Managed operating system", "support", "instance_month", "650.000000"),
  p("support.managed-database", "Managed database", "support", "instance_month", "1450.000000"),
  p("support.professional-retainer", "Professional services retainer (8 hours)", "support", "month", "9200.000000"),
] as const;
