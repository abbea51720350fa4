-- One PostgreSQL server, one database per subgraph: no subgraph reads another's tables.
CREATE DATABASE tenancy;
CREATE DATABASE wallet;
CREATE DATABASE catalog;
CREATE DATABASE vms;
CREATE DATABASE telemetry_billing;
