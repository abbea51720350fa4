import net from "node:net";
import tls from "node:tls";

export interface SmtpReply {
  code: number;
  /** The text of each reply line, without the code. */
  lines: string[];
}

/** A refused or broken SMTP exchange. `step` names the command, never its arguments. */
export class SmtpError extends Error {
  constructor(
    readonly step: string,
    detail: string,
    readonly reply?: SmtpReply,
  ) {
    super(`SMTP ${step} failed: ${detail}`);
    this.name = "SmtpError";
  }
}

const REPLY_LINE = /^(\d{3})(?:([ -])(.*))?$/;

/** One client connection: writes command lines and reads (multi-line) replies, in order. */
export class SmtpConnection {
  private buffer = "";
  private partial: string[] = [];
  private readonly replies: SmtpReply[] = [];
  private waiter: { resolve: (reply: SmtpReply) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private readonly onData = (chunk: Buffer) => this.receive(chunk.toString("latin1"));
  private readonly onEnd = () => this.fail(new SmtpError("connection", "closed by the server"));
  private readonly onError = (error: Error) => this.fail(new SmtpError("connection", error.message));

  private constructor(
    private socket: net.Socket,
    private readonly timeoutMs: number,
  ) {
    this.attach();
  }

  static open(
    host: string,
    port: number,
    options: { implicitTls: boolean; tls?: tls.ConnectionOptions; timeoutMs: number },
  ) {
    return new Promise<SmtpConnection>((resolve, reject) => {
      const socket = options.implicitTls
        ? tls.connect({ ...tlsTarget(host), port, ...options.tls }, () =>
            resolve(new SmtpConnection(socket, options.timeoutMs)),
          )
        : net.connect({ host, port }, () => resolve(new SmtpConnection(socket, options.timeoutMs)));
      socket.once("error", (error) => reject(new SmtpError("connection", error.message)));
    });
  }

  get encrypted(): boolean {
    return this.socket instanceof tls.TLSSocket;
  }

  /** Sends one line (or, for DATA, the whole message) and reads the reply; refuses other codes. */
  async send(text: string, step: string, expected: readonly number[]): Promise<SmtpReply> {
    this.socket.write(text.endsWith("\r\n") ? text : `${text}\r\n`);
    return this.expect(step, expected);
  }

  async expect(step: string, expected: readonly number[]): Promise<SmtpReply> {
    const reply = await this.read();
    if (!expected.includes(reply.code)) throw new SmtpError(step, `${reply.code} ${reply.lines.join(" ")}`, reply);
    return reply;
  }

  /** After a 220 reply to STARTTLS: the rest of the session runs over TLS to `host`. */
  async upgradeToTls(host: string, options: tls.ConnectionOptions = {}): Promise<void> {
    this.detach();
    const plain = this.socket;
    this.socket = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const secure = tls.connect({ ...tlsTarget(host), ...options, socket: plain }, () => resolve(secure));
      secure.once("error", (error) => reject(new SmtpError("STARTTLS", error.message)));
    });
    this.attach();
  }

  close(): void {
    this.detach();
    this.socket.destroy();
  }

  private read(): Promise<SmtpReply> {
    const reply = this.replies.shift();
    if (reply) return Promise.resolve(reply);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf("\n")) >= 0) {
      const line = this.buffer.slice(0, end).replace(/\r$/, "");
      this.buffer = this.buffer.slice(end + 1);
      const match = REPLY_LINE.exec(line);
      if (!match) return this.fail(new SmtpError("reply", "the server sent a line that is not an SMTP reply"));
      this.partial.push(match[3] ?? "");
      if (match[2] === "-") continue;
      const reply = { code: Number(match[1]), lines: this.partial };
      this.partial = [];
      const waiter = this.waiter;
      this.waiter = null;
      if (waiter) waiter.resolve(reply);
      else this.replies.push(reply);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.reject(this.failure);
  }

  private attach(): void {
    this.socket.setTimeout(this.timeoutMs, () => this.socket.destroy(new Error("the server did not answer in time")));
    this.socket.on("data", this.onData).on("end", this.onEnd).on("error", this.onError);
  }

  private detach(): void {
    this.socket.setTimeout(0);
    this.socket.off("data", this.onData).off("end", this.onEnd).off("error", this.onError);
  }
}

/** Certificates are checked against `host`; SNI carries it only when it is a name, not an IP. */
const tlsTarget = (host: string) => (net.isIP(host) ? { host } : { host, servername: host });
