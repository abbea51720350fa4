/** The guest operating systems of the platform's templates, with vSphere's guest ids. */
export const GUEST_OS = {
  ubuntu: {
    guestId: "ubuntu64Guest",
    guestFullName: "Ubuntu Linux (64-bit)",
    template: "tpl-ubuntu-24.04",
    rootPath: "/",
  },
  windows: {
    guestId: "windows2019srvNext_64Guest",
    guestFullName: "Microsoft Windows Server 2022 (64-bit)",
    template: "tpl-windows-2022",
    rootPath: "C:\\",
  },
  rhel: {
    guestId: "rhel9_64Guest",
    guestFullName: "Red Hat Enterprise Linux 9 (64-bit)",
    template: "tpl-rhel-9",
    rootPath: "/",
  },
} as const;

export type GuestOs = keyof typeof GUEST_OS;

const BY_GUEST_ID = new Map<string, { guestFullName: string; rootPath: string }>(
  Object.values(GUEST_OS).map((os) => [os.guestId, os]),
);

/** The full name vSphere shows for a guest id; unknown ids show as themselves, as vcsim does. */
export function guestFullName(guestId: string): string {
  return BY_GUEST_ID.get(guestId)?.guestFullName ?? guestId;
}

/** Where the guest reports its first disk mounted. */
export function guestRootPath(guestId: string): string {
  return BY_GUEST_ID.get(guestId)?.rootPath ?? "/";
}
