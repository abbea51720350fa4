import { describe, expect, it } from "vitest";
import { accountStanding } from "./account-standing";

const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, " ");
const zone = "Africa/Johannesburg";
const arrears = {
  since: "2026-11-20T10:00:00Z",
  graceEndsAt: "2026-11-27T10:00:00Z",
  vmsSuspendedAt: null,
  shortfall: { amount: "1234.50", currency: "ZAR" },
};

describe("accountStanding", () => {
  it("is nothing to report without arrears or a suspension in force", () => {
    expect(accountStanding(null, null, zone)).toBeNull();
    const lifted = { suspendedAt: "2026-11-01T00:00:00Z", reason: "unpaid", liftedAt: "2026-11-02T00:00:00Z" };
    expect(accountStanding(null, lifted, zone)).toBeNull();
  });

  it("says how much to pay and by when while in arrears", () => {
    const notice = accountStanding(arrears, null, zone);
    expect(notice?.tone).toBe("warning");
    expect(plain(notice?.title)).toBe("The wallet is in arrears since 20 Nov 2026, 12:00 SAST");
    expect(plain(notice?.detail)).toContain("Top up at least R 1 234,50 before 27 Nov 2026, 12:00 SAST");
    expect(notice?.detail).toContain("nothing is deleted");
  });

  it("puts a suspension in force first, with what it stops and what lifts it", () => {
    const suspension = { suspendedAt: "2026-11-27T10:05:00Z", reason: "Unpaid usage since 20 Nov", liftedAt: null };
    const notice = accountStanding(arrears, suspension, zone);
    expect(notice?.tone).toBe("danger");
    expect(plain(notice?.title)).toBe("VMs suspended for unpaid usage since 27 Nov 2026, 12:05 SAST");
    expect(notice?.detail).toContain("none can be powered on or created");
    expect(plain(notice?.detail)).toContain("Top up at least R 1 234,50 to lift it.");
  });
});
