// A real SMTP server in the test process (smtp-server), whose answers a test decides, and what it
// received parsed back (mailparser): what an officer's mail server would get from the worker.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerError } from "smtp-server";

export interface Received {
  /** MAIL FROM and RCPT TO as the worker gave them. */
  envelope: { from: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
  messageId: string;
}

/** A refusal: the reply code and text the client gets. */
export interface Refusal {
  code: number;
  text: string;
}

export interface SmtpBehaviour {
  /** The answer to RCPT TO; null accepts. */
  rcpt?: (address: string) => Refusal | null;
  /** The answer once a message's data has arrived; null accepts, "stall" never answers. */
  data?: (mail: Received) => Refusal | null | "stall" | Promise<Refusal | null | "stall">;
  /** Credentials the server requires (AUTH PLAIN/LOGIN over plain text, as a test may). */
  login?: { user: string; pass: string };
}

export interface TestSmtp {
  port: number;
  /** SMTP_URL for this server, with the credentials when it requires them. */
  url: string;
  /** Messages the server accepted (answered 250), in order. */
  accepted: Received[];
  /** Every message whose data arrived, accepted or not. */
  arrived: Received[];
  /** Resolves once `count` messages have arrived. */
  arrivals(count: number): Promise<void>;
  close(): Promise<void>;
}

const refusal = ({ code, text }: Refusal): SMTPServerError => Object.assign(new Error(text), { responseCode: code });

export async function startSmtp(behaviour: SmtpBehaviour = {}): Promise<TestSmtp> {
  const accepted: Received[] = [];
  const arrived: Received[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    logger: false,
    // A stalled connection (a test's "stall") is cut soon after close(), not after 30 s.
    closeTimeout: 200,
    disabledCommands: behaviour.login ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !behaviour.login,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      const { user, pass } = behaviour.login ?? {};
      if (auth.username === user && auth.password === pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const refused = behaviour.rcpt?.(address.address);
      callback(refused ? refusal(refused) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        void simpleParser(raw).then(async (parsed) => {
          const mail: Received = {
            envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((rcpt) => rcpt.address) },
            raw,
            parsed,
            messageId: parsed.messageId ?? "",
          };
          arrived.push(mail);
          for (const wait of waiting.filter((one) => arrived.length >= one.count)) wait.resolve();
          const answer = (await behaviour.data?.(mail)) ?? null;
          if (answer === "stall") return;
          if (answer) return callback(refusal(answer));
          accepted.push(mail);
          callback(null, `Queued as ${accepted.length}`);
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const credentials = behaviour.login ? `${encodeURIComponent(behaviour.login.user)}:${encodeURIComponent(behaviour.login.pass)}@` : "";
  return {
    port,
    url: `smtp://${credentials}127.0.0.1:${port}`,
    accepted,
    arrived,
    arrivals: (count) => (arrived.length >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
