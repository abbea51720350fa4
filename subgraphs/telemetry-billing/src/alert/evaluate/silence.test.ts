import { describe, expect, it } from "vitest";
import { judgeSilence, type SilenceInput } from "./silence";

const now = new Date("2026-03-02T08:30:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const base: SilenceInput = {
  now,
  durationMinutes: 15,
  poweredOn: true,
  newestSampleAt: ago(5),
  silentSince: null,
  openAlertId: null,
};

describe("judgeSilence", () => {
  it("fires once the newest sample is older than the duration, counting from that sample", () => {
    expect(judgeSilence({ ...base, newestSampleAt: ago(15) }).fire).toBeNull();
    expect(judgeSilence({ ...base, newestSampleAt: ago(16) })).toEqual({
      silentSince: null,
      fire: { conditionSince: ago(16) },
      resolve: null,
    });
    expect(judgeSilence({ ...base, newestSampleAt: ago(60), openAlertId: "a1" }).fire).toBeNull();
  });

  it("remembers when it first saw a VM that never sent a sample, and fires after the duration from then", () => {
    const first = judgeSilence({ ...base, newestSampleAt: null });
    expect(first).toEqual({ silentSince: now, fire: null, resolve: null });
    expect(judgeSilence({ ...base, newestSampleAt: null, silentSince: ago(20) }).fire).toEqual({
      conditionSince: ago(20),
    });
  });

  it("resolves when a newer sample arrived, or when the VM is powered off", () => {
    expect(judgeSilence({ ...base, openAlertId: "a1" }).resolve).toEqual({ id: "a1", resolution: "condition_cleared" });
    expect(judgeSilence({ ...base, poweredOn: false, newestSampleAt: ago(90), openAlertId: "a1" })).toEqual({
      silentSince: null,
      fire: null,
      resolve: { id: "a1", resolution: "vm_powered_off" },
    });
    expect(judgeSilence({ ...base, poweredOn: false, newestSampleAt: ago(90) }).fire).toBeNull();
  });
});
