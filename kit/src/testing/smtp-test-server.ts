import net from "node:net";
import tls from "node:tls";

/** What one SMTP session delivered to the test server. */
export interface ReceivedMail {
  clientName: string;
  sender: string;
  recipients: string[];
  /** The message as sent after DATA, dot-unstuffed, without the final ".". */
  data: string;
  username: string | undefined;
  password: string | undefined;
  encrypted: boolean;
}

export interface SmtpTestServerOptions {
  /** Certificate and key: offer STARTTLS (or, with `implicitTls`, speak TLS from the start). */
  certificate?: { cert: string; key: string };
  implicitTls?: boolean;
  /** Offer AUTH PLAIN and require it before MAIL FROM. */
  credentials?: { username: string; password: string };
  /** Recipients answered with 550. */
  unknownRecipients?: string[];
}

export interface SmtpTestServer {
  port: number;
  received: ReceivedMail[];
  /** The command verbs of every session, in order (e.g. EHLO, STARTTLS, EHLO, AUTH, …). */
  commands: string[][];
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 that speaks just enough of RFC 5321 to receive mail in tests. */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const commands: string[][] = [];
  const sockets = new Set<net.Socket>();
  const onConnection = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    serveSession(socket, options, received, (verbs) => commands.push(verbs));
  };
  const server =
    options.implicitTls && options.certificate
      ? tls.createServer(options.certificate, onConnection)
      : net.createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received,
    commands,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function serveSession(
  initial: net.Socket,
  options: SmtpTestServerOptions,
  received: ReceivedMail[],
  record: (verbs: string[]) => void,
) {
  let socket = initial;
  let buffer = "";
  let inData = false;
  let authenticated = false;
  const verbs: string[] = [];
  record(verbs);
  const mail: ReceivedMail = {
    clientName: "",
    sender: "",
    recipients: [],
    data: "",
    username: undefined,
    password: undefined,
    encrypted: socket instanceof tls.TLSSocket,
  };
  const reply = (...lines: string[]) =>
    socket.write(
      lines.map((line, i) => `${line.slice(0, 3)}${i < lines.length - 1 ? "-" : " "}${line.slice(4)}\r\n`).join(""),
    );

  const onData = (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    let end: number;
    while ((end = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (inData) {
        if (line === ".") {
          inData = false;
          received.push({ ...mail, recipients: [...mail.recipients] });
          reply("250 2.0.0 queued");
        } else mail.data += `${line.startsWith("..") ? line.slice(1) : line}\r\n`;
        continue;
      }
      handle(line);
    }
  };

  const handle = (line: string) => {
    const [verb = "", ...rest] = line.split(" ");
    const argument = rest.join(" ");
    verbs.push(verb.toUpperCase());
    switch (verb.toUpperCase()) {
      case "EHLO": {
        mail.clientName = argument;
        const offers = [
          ...(options.certificate && !mail.encrypted ? ["250 STARTTLS"] : []),
          ...(options.credentials ? ["250 AUTH PLAIN"] : []),
        ];
        return reply(`250 smtp.test greets ${argument}`, "250 8BITMIME", ...offers, "250 SIZE 1000000");
      }
      case "STARTTLS":
        if (!options.certificate || mail.encrypted) return reply("502 5.5.1 not available");
        reply("220 2.0.0 ready to start TLS");
        socket.off("data", onData);
        socket = new tls.TLSSocket(socket, { isServer: true, ...options.certificate });
        mail.encrypted = true;
        socket.on("data", onData);
        socket.on("error", () => socket.destroy());
        return;
      case "AUTH": {
        const [mechanism, token = ""] = argument.split(" ");
        const [, username, password] = Buffer.from(token, "base64").toString("utf8").split("\0");
        Object.assign(mail, { username, password });
        authenticated =
          mechanism === "PLAIN" &&
          username === options.credentials?.username &&
          password === options.credentials?.password;
        return reply(authenticated ? "235 2.7.0 authenticated" : "535 5.7.8 credentials invalid");
      }
      case "MAIL":
        if (options.credentials && !authenticated) return reply("530 5.7.0 authentication required");
        mail.sender = /<(.*)>/.exec(argument)?.[1] ?? "";
        return reply("250 2.1.0 ok");
      case "RCPT": {
        const recipient = /<(.*)>/.exec(argument)?.[1] ?? "";
        if (options.unknownRecipients?.includes(recipient)) return reply("550 5.1.1 no such user");
        mail.recipients.push(recipient);
        return reply("250 2.1.5 ok");
      }
      case "DATA":
        inData = true;
        return reply("354 end data with <CR><LF>.<CR><LF>");
      case "QUIT":
        reply("221 2.0.0 bye");
        socket.end();
        return;
      default:
        return reply("502 5.5.2 command not recognised");
    }
  };

  socket.on("data", onData);
  socket.on("error", () => socket.destroy());
  reply("220 smtp.test ESMTP ready");
}
