import { encodeFields, type PayWebFields } from "./protocol";

export interface NotifyRetry {
  /** Attempts per delivery, the first included. */
  attempts: number;
  /** Wait before the second attempt; it doubles for each attempt after that. */
  delayMs: number;
  /** How long one attempt may take before it counts as a network error. */
  timeoutMs: number;
}

export const DEFAULT_NOTIFY_RETRY: NotifyRetry = { attempts: 5, delayMs: 1000, timeoutMs: 10_000 };

/** One POST to a NOTIFY_URL. */
export interface NotifyAttempt {
  payRequestId: string;
  /** Which delivery of this transaction's notify (1 for the first; replays count up). */
  delivery: number;
  /** 1-based attempt within the delivery. */
  attempt: number;
  url: string;
  at: Date;
  /** "ok": the receiver answered the plain body `OK`; "rejected": it answered anything else; "error": no answer. */
  outcome: "ok" | "rejected" | "error";
  status?: number;
  /** The receiver's answer, cut to 200 characters. */
  body?: string;
  error?: string;
}

/** How one delivery ended: acknowledged with `OK`, or given up after the last attempt (or on close). */
export interface NotifyOutcome {
  payRequestId: string;
  delivery: number;
  delivered: boolean;
  attempts: number;
}

export interface Delivery {
  /** Settles once the first attempt has an answer (or failed), whatever the answer. */
  firstAttempt: Promise<void>;
  done: Promise<NotifyOutcome>;
}

/**
 * Posts signed notify messages with retries: PayGate expects the plain body `OK`; any other answer
 * or a network error is retried after `delayMs`, `2 × delayMs`, `4 × delayMs`… up to `attempts`.
 */
export class NotifySender {
  private readonly log: NotifyAttempt[] = [];
  private readonly latest = new Map<string, Promise<NotifyOutcome>>();
  private readonly deliveryCounts = new Map<string, number>();
  private readonly waiting = new Map<string, ((outcome: Promise<NotifyOutcome>) => void)[]>();
  private readonly closing = new AbortController();

  constructor(
    private readonly retry: NotifyRetry = DEFAULT_NOTIFY_RETRY,
    private readonly onAttempt?: (attempt: NotifyAttempt) => void,
  ) {}

  deliver(payRequestId: string, url: string, message: PayWebFields): Delivery {
    const delivery = (this.deliveryCounts.get(payRequestId) ?? 0) + 1;
    this.deliveryCounts.set(payRequestId, delivery);
    let firstAnswered!: () => void;
    const firstAttempt = new Promise<void>((resolve) => (firstAnswered = resolve));
    const done = this.run(payRequestId, delivery, url, encodeFields(message), firstAnswered);
    this.latest.set(payRequestId, done);
    for (const wake of this.waiting.get(payRequestId) ?? []) wake(done);
    this.waiting.delete(payRequestId);
    return { firstAttempt, done };
  }

  /** Every attempt so far, oldest first; only those for `payRequestId` when given. */
  attempts(payRequestId?: string): NotifyAttempt[] {
    return this.log.filter((entry) => payRequestId === undefined || entry.payRequestId === payRequestId);
  }

  /**
   * The outcome of the latest delivery for `payRequestId`: at once if it has ended, when it ends
   * if it is under way, or of the next one to start if none has.
   */
  whenDelivered(payRequestId: string): Promise<NotifyOutcome> {
    const latest = this.latest.get(payRequestId);
    if (latest) return latest;
    return new Promise((resolve) => {
      const waiters = this.waiting.get(payRequestId) ?? [];
      waiters.push((outcome) => resolve(outcome));
      this.waiting.set(payRequestId, waiters);
    });
  }

  /** Stops retrying: a delivery waiting for its next attempt ends undelivered. */
  close(): void {
    this.closing.abort();
  }

  private async run(
    payRequestId: string,
    delivery: number,
    url: string,
    body: string,
    firstAnswered: () => void,
  ): Promise<NotifyOutcome> {
    let attempt = 0;
    let delivered = false;
    while (attempt < this.retry.attempts && !this.closing.signal.aborted) {
      if (attempt > 0) await this.pause(this.retry.delayMs * 2 ** (attempt - 1));
      if (this.closing.signal.aborted) break;
      attempt++;
      const entry = await this.post(url, body);
      const record = { payRequestId, delivery, attempt, url, at: new Date(), ...entry };
      this.log.push(record);
      this.onAttempt?.(record);
      firstAnswered();
      if (entry.outcome === "ok") {
        delivered = true;
        break;
      }
    }
    firstAnswered();
    return { payRequestId, delivery, delivered, attempts: attempt };
  }

  private async post(url: string, body: string): Promise<Pick<NotifyAttempt, "outcome" | "status" | "body" | "error">> {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(this.retry.timeoutMs)]),
      });
      const text = await response.text();
      const acknowledged = response.ok && text.trim() === "OK";
      return { outcome: acknowledged ? "ok" : "rejected", status: response.status, body: text.slice(0, 200) };
    } catch (error) {
      return { outcome: "error", error: error instanceof Error ? error.message : String(error) };
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const signal = this.closing.signal;
      function done() {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      }
      signal.addEventListener("abort", done, { once: true });
    });
  }
}
