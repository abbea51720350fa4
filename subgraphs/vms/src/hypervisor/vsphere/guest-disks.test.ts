import { describe, expect, it } from "vitest";
import { toGuestDisks } from "./guest-disks";
import { child, type XmlNode } from "./soap-xml";
import { readXml } from "./xml-reader";

const MIB = 1024 * 1024;

/** A `guest.disk` value as the property collector hands it over. */
const guestDiskValue = (infos: string): XmlNode | undefined =>
  child(
    readXml(
      `<val xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="ArrayOfGuestDiskInfo">${infos}</val>`,
    ),
    "val",
  );
const info = (path: string, capacity: number | string, free: number | string) =>
  `<GuestDiskInfo xsi:type="GuestDiskInfo"><diskPath>${path}</diskPath><capacity>${capacity}</capacity><freeSpace>${free}</freeSpace></GuestDiskInfo>`;

describe("toGuestDisks", () => {
  it("turns bytes into whole MiB, rounded down", () => {
    expect(toGuestDisks(guestDiskValue(info("C:\\", 100 * MIB + 5, 10 * MIB - 1) + info("/data", 2 * MIB, 0)))).toEqual(
      [
        { path: "C:\\", capacityMb: 100, freeMb: 9 },
        { path: "/data", capacityMb: 2, freeMb: 0 },
      ],
    );
  });

  it("is empty when vCenter reports nothing, and skips entries it cannot read", () => {
    expect(toGuestDisks(undefined)).toEqual([]);
    expect(toGuestDisks(guestDiskValue(""))).toEqual([]);
    expect(
      toGuestDisks(
        guestDiskValue(info("", 10 * MIB, MIB) + info("/a", 0, 0) + info("/b", "x", 1) + info("/c", MIB, -1)),
      ),
    ).toEqual([]);
  });

  it("never reports more free space than capacity", () => {
    expect(toGuestDisks(guestDiskValue(info("/", 4 * MIB, 5 * MIB)))).toEqual([
      { path: "/", capacityMb: 4, freeMb: 4 },
    ]);
  });
});
