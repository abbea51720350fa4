CREATE TABLE "ip_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"address" "inet" NOT NULL,
	"holder" text NOT NULL,
	"allocated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ip_allocations_ipv4_host" CHECK (family("ip_allocations"."address") = 4 and masklen("ip_allocations"."address") = 32)
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cidr" "cidr" NOT NULL,
	"gateway" "inet" NOT NULL,
	"dhcp_first" "inet" NOT NULL,
	"dhcp_last" "inet" NOT NULL,
	"static_first" "inet" NOT NULL,
	"static_last" "inet" NOT NULL,
	"port_group" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "networks_ipv4_prefix" CHECK (family("networks"."cidr") = 4 and masklen("networks"."cidr") between 8 and 29),
	CONSTRAINT "networks_gateway_inside" CHECK ("networks"."gateway" << "networks"."cidr"),
	CONSTRAINT "networks_ranges_inside" CHECK ("networks"."dhcp_first" << "networks"."cidr" and "networks"."dhcp_last" << "networks"."cidr"
        and "networks"."static_first" << "networks"."cidr" and "networks"."static_last" << "networks"."cidr"),
	CONSTRAINT "networks_ranges_ordered" CHECK ("networks"."dhcp_first" <= "networks"."dhcp_last" and "networks"."static_first" <= "networks"."static_last"),
	CONSTRAINT "networks_ranges_apart" CHECK ("networks"."dhcp_last" < "networks"."static_first" or "networks"."static_last" < "networks"."dhcp_first"),
	CONSTRAINT "networks_gateway_outside_ranges" CHECK (not ("networks"."gateway" between "networks"."dhcp_first" and "networks"."dhcp_last")
        and not ("networks"."gateway" between "networks"."static_first" and "networks"."static_last"))
);
--> statement-breakpoint
ALTER TABLE "ip_allocations" ADD CONSTRAINT "ip_allocations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ip_allocations_network_id_address_unique" ON "ip_allocations" USING btree ("network_id","address");--> statement-breakpoint
CREATE INDEX "ip_allocations_holder" ON "ip_allocations" USING btree ("holder");--> statement-breakpoint
CREATE UNIQUE INDEX "networks_organization_id_name_unique" ON "networks" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "networks_port_group_unique" ON "networks" USING btree ("port_group");