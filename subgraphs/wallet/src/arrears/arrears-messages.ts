import { rand, sast } from "../notices/messages";

export interface ArrearsFacts {
  shortfallCents: bigint;
  graceEndsAt: Date;
  /** Where to top up: the dashboard's wallet page. */
  walletUrl: string;
}

const howToPay = (facts: ArrearsFacts) =>
  `Top up at least ${rand(facts.shortfallCents)} from the wallet page of the dashboard (${facts.walletUrl}).`;

/** The four e-mails of an episode of unpaid usage: its start, the last day, the suspension, its end. */
export const arrearsMessages = {
  started: (facts: ArrearsFacts) => ({
    subject: `Action needed: unpaid usage on your DCX Cloud wallet (${rand(facts.shortfallCents)})`,
    body: [
      `Your virtual machines' usage has taken your DCX Cloud wallet ${rand(facts.shortfallCents)} beyond what your account allows.`,
      "",
      howToPay(facts),
      "",
      `If it is not paid by ${sast(facts.graceEndsAt)}, your running virtual machines will be powered off. Nothing is deleted: they can be powered on again once the wallet is topped up.`,
    ].join("\n"),
  }),
  lastDay: (facts: ArrearsFacts) => ({
    subject: "Your DCX Cloud virtual machines will be powered off in 24 hours",
    body: [
      `Your DCX Cloud wallet is still ${rand(facts.shortfallCents)} short.`,
      "",
      howToPay(facts),
      "",
      `Unless it is paid by ${sast(facts.graceEndsAt)}, your running virtual machines will be powered off. Nothing is deleted.`,
    ].join("\n"),
  }),
  suspended: (facts: ArrearsFacts) => ({
    subject: "Your DCX Cloud virtual machines have been powered off for unpaid usage",
    body: [
      `Your DCX Cloud wallet was still ${rand(facts.shortfallCents)} short when the grace period ended, so your running virtual machines are being powered off. Nothing has been deleted: disks, networks and addresses are kept.`,
      "",
      howToPay(facts),
      "",
      "Virtual machines cannot be powered on or created until then.",
    ].join("\n"),
  }),
  lifted: () => ({
    subject: "Your DCX Cloud virtual machines may be powered on again",
    body: [
      "Thank you: your DCX Cloud wallet is back in order and the suspension has been lifted.",
      "",
      "Your virtual machines were left powered off; power them on from the dashboard when you need them.",
    ].join("\n"),
  }),
};

export type ArrearsMessageKind = keyof typeof arrearsMessages;
