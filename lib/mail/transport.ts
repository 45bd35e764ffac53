// The SMTP settings (SMTP_URL, MAIL_FROM) and the nodemailer transport made from them. No
// "server-only" here: `npm start` checks these settings before it serves, outside Next.js.
import nodemailer, { type SMTPPoolSentMessageInfo, type Transporter } from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";

export const DEFAULT_MAIL_FROM = "SCCP Tracker <sccp-tracker@localhost>";

/** How long one message may take, connecting included, before the attempt counts as failed. */
export const SEND_TIMEOUT_MS = 120_000;

export interface MailSettings {
  /** The SMTP server, user and password; null when mail is not configured. */
  url: string | null;
  from: string;
}

const URL_FORM = "smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://user:password@host:465 (TLS from the start)";

/** The URL without its password, for messages and logs. */
export function describeSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}

function checkSmtpUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The raw value may hold a password: it is not repeated.
    throw new Error(`SMTP_URL is not a URL. Expected ${URL_FORM}.`);
  }
  const shown = describeSmtpUrl(raw);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error(`SMTP_URL="${shown}" must start with smtp:// or smtps://, not ${url.protocol}//. Expected ${URL_FORM}.`);
  }
  if (!url.hostname) throw new Error(`SMTP_URL="${shown}" names no host. Expected ${URL_FORM}.`);
  if (url.pathname && url.pathname !== "/") throw new Error(`SMTP_URL="${shown}" has a path (${url.pathname}); an SMTP server is a host and a port.`);
  if (url.hash) throw new Error(`SMTP_URL="${shown}" has a fragment (${url.hash}); an SMTP server is a host and a port.`);
  if (url.username && !url.password)
    throw new Error(`SMTP_URL="${shown}" names the user "${decodeURIComponent(url.username)}" but no password (user:password@host).`);
  if (!url.username && url.password) throw new Error(`SMTP_URL="${shown}" has a password but no user name (user:password@host).`);
  return raw;
}

function checkMailFrom(raw: string): string {
  const parsed = addressparser(raw, { flatten: true });
  const [first] = parsed;
  if (parsed.length !== 1 || !first || !/^[^\s@]+@[^\s@]+$/.test(first.address)) {
    throw new Error(`MAIL_FROM="${raw}" is not one address. Expected an address, or a name and an address: ${DEFAULT_MAIL_FROM}.`);
  }
  return raw;
}

/** SMTP_URL and MAIL_FROM, checked; a bad value throws with what is wrong and what is expected. */
export function mailSettings(env: Record<string, string | undefined> = process.env): MailSettings {
  const url = env.SMTP_URL?.trim() || null;
  const from = env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
  return { url: url ? checkSmtpUrl(url) : null, from: checkMailFrom(from) };
}

export type MailTransport = Pick<Transporter<SMTPPoolSentMessageInfo>, "sendMail" | "close">;

/**
 * One connection, reused for a pass's messages and closed with the transport. The timeouts bound
 * a send, so a message's lease (lib/mail/outbox.ts) outlasts any attempt to send it.
 */
export function createMailTransport(settings: MailSettings): MailTransport | null {
  if (!settings.url) return null;
  return nodemailer.createTransport({
    url: settings.url,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}
