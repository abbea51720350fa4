import type { AddressInfo } from "node:net";
import type { ParsedMail } from "mailparser";
import type { SMTPServer, SMTPServerError, SMTPServerOptions } from "smtp-server";

/** One message the test server accepted. */
export interface ReceivedMail {
  /** The name the client gave in EHLO. */
  clientName: string;
  sender: string;
  recipients: string[];
  /** The message exactly as it arrived after DATA. */
  raw: Buffer;
  /** The same, read by mailparser: headers decoded, text and attachments as the reader sees them. */
  parsed: ParsedMail;
  /** Who authenticated on the connection that carried it. */
  username: string | undefined;
  /** Whether that connection was TLS (smtps:// or after STARTTLS). */
  secure: boolean;
}

export interface SmtpTestServerOptions {
  /** Certificate and key: offer STARTTLS (or, with `implicitTls`, speak TLS from the start). */
  certificate?: { cert: string; key: string };
  implicitTls?: boolean;
  /** Require AUTH (PLAIN or LOGIN) with these before MAIL FROM; over TLS whenever a certificate is given. */
  credentials?: { username: string; password: string };
  /** Recipients answered with 550. */
  unknownRecipients?: string[];
}

export interface SmtpTestServer {
  port: number;
  received: ReceivedMail[];
  /** Connections opened so far: a pooled client sending two messages opens one. */
  readonly connections: number;
  /** Every AUTH attempt, with whether the connection was already TLS when it came. */
  authentications: { method: string; username: string | undefined; secure: boolean }[];
  close(): Promise<void>;
}

/**
 * smtp-server on 127.0.0.1 (an ephemeral port), receiving mail for tests. smtp-server and
 * mailparser are loaded here, not when `@dcx/kit/testing` is imported: most tests never need them.
 */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const [{ SMTPServer }, { simpleParser }] = await Promise.all([import("smtp-server"), import("mailparser")]);
  const state = {
    received: [] as ReceivedMail[],
    connections: 0,
    authentications: [] as SmtpTestServer["authentications"],
  };
  const { certificate, credentials } = options;
  const settings: SMTPServerOptions = {
    ...certificate,
    secure: Boolean(options.implicitTls && certificate),
    // Without a certificate there is no STARTTLS (smtp-server would otherwise use its own, public key).
    disabledCommands: [...(certificate ? [] : ["STARTTLS"]), ...(credentials ? [] : ["AUTH"])],
    authOptional: !credentials,
    allowInsecureAuth: !certificate,
    disableReverseLookup: true,
    // A client still connected (an open pool) does not hold the test for smtp-server's default 30 s.
    closeTimeout: 1000,
    onConnect(_session, callback) {
      state.connections++;
      callback();
    },
    onAuth(auth, session, callback) {
      state.authentications.push({ method: auth.method, username: auth.username, secure: session.secure });
      const valid = auth.username === credentials?.username && auth.password === credentials?.password;
      callback(valid ? null : refusal(535, "5.7.8 credentials invalid"), valid ? { user: auth.username } : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(options.unknownRecipients?.includes(address.address) ? refusal(550, "5.1.1 no such user") : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((parsed) => {
          state.received.push({
            clientName: session.hostNameAppearsAs,
            sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw,
            parsed,
            username: session.user as string | undefined,
            secure: session.secure,
          });
          callback();
        }, callback);
      });
    },
  };
  const server: SMTPServer = new SMTPServer(settings);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received: state.received,
    get connections() {
      return state.connections;
    },
    authentications: state.authentications,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function refusal(responseCode: number, text: string): SMTPServerError {
  return Object.assign(new Error(text), { responseCode });
}
