import { mkdir, open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { distributedSwitchOf } from "../inventory/inventory-builder";
import type { InventoryState } from "./inventory.types";

export const STATE_FILE_NAME = "vcenter-inventory.json";

/** The persisted inventory under `dataDir`, or undefined when there is none yet. */
export async function readState(dataDir: string): Promise<InventoryState | undefined> {
  try {
    const state = JSON.parse(await readFile(join(dataDir, STATE_FILE_NAME), "utf8")) as InventoryState;
    if (state.version !== 1) throw new Error(`unknown inventory version ${String(state.version)}`);
    state.distributedSwitch ??= distributedSwitchOf(state.vcenterUuid);
    return state;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Writes a temporary file, flushes it and renames it over the old one: a crash leaves one whole file. */
export async function writeState(dataDir: string, json: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, STATE_FILE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  const handle = await open(temporary, "w", 0o600);
  try {
    await handle.writeFile(json);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, target);
}

/**
 * Coalesces saves: at most one write in flight, and one more after it when something changed
 * meanwhile, so a burst of changes costs two writes and the last state always lands.
 */
export class StateWriter {
  private writing: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly dataDir: string | undefined,
    private readonly snapshot: () => string,
  ) {}

  save(): void {
    if (!this.dataDir) return;
    this.pending = true;
    if (!this.writing) this.writing = this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending) {
        this.pending = false;
        await writeState(this.dataDir!, this.snapshot());
      }
    } finally {
      this.writing = undefined;
    }
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }
}
