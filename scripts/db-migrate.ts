import { openPlatformDatabases } from "./platform-databases";

/** `npm run db:migrate`: applies drizzle/<subgraph>/ migrations to every subgraph database. */
const platform = await openPlatformDatabases();
for (const [name, database] of Object.entries(platform.databases)) {
  console.log(`${name}: migrated (${database.driver})`);
}
await platform.close();
