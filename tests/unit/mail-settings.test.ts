// SMTP_URL and MAIL_FROM as an operator writes them: the forms nodemailer takes, and a clear
// refusal, without the password, of anything else.
import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_FROM, describeSmtpUrl, mailSettings } from "@/lib/mail/transport";

describe("mail settings", () => {
  it("take no SMTP_URL as mail not configured, and a default sender", () => {
    expect(mailSettings({})).toEqual({ url: null, from: DEFAULT_MAIL_FROM });
    expect(mailSettings({ SMTP_URL: "  ", MAIL_FROM: "" })).toEqual({ url: null, from: DEFAULT_MAIL_FROM });
  });

  it("take smtp:// and smtps:// with a user and password, options, and a sender with or without a name", () => {
    for (const url of [
      "smtp://mail.customs.test",
      "smtp://mail.customs.test:587",
      "smtps://tracker%40customs.test:p%40ss%3Aword@mail.customs.test:465",
      "smtp://user:secret@127.0.0.1:2525/?tls.rejectUnauthorized=false",
    ]) {
      expect(mailSettings({ SMTP_URL: url }).url).toBe(url);
    }
    expect(mailSettings({ MAIL_FROM: "tracker@customs.test" }).from).toBe("tracker@customs.test");
    expect(mailSettings({ MAIL_FROM: '"SCCP Secretariat" <sccp@customs.test>' }).from).toBe('"SCCP Secretariat" <sccp@customs.test>');
  });

  it("refuse anything else, saying what is wrong and never repeating the password", () => {
    const refusal = (env: Record<string, string>) => {
      try {
        mailSettings(env);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`accepted ${JSON.stringify(env)}`);
    };
    expect(refusal({ SMTP_URL: "mail.customs.test:587" })).toMatch(/must start with smtp:\/\/ or smtps:\/\//);
    expect(refusal({ SMTP_URL: "https://user:hunter2@mail.customs.test" })).toMatch(
      /^SMTP_URL="https:\/\/user:\*\*\*@mail\.customs\.test\/" must start with smtp:\/\//,
    );
    expect(refusal({ SMTP_URL: "not a url at all hunter2" })).toBe(
      "SMTP_URL is not a URL. Expected smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://user:password@host:465 (TLS from the start).",
    );
    expect(refusal({ SMTP_URL: "smtp://mail.customs.test:99999" })).toMatch(/^SMTP_URL is not a URL/);
    expect(refusal({ SMTP_URL: "smtp://tracker@mail.customs.test" })).toMatch(/names the user "tracker" but no password/);
    expect(refusal({ SMTP_URL: "smtp://:hunter2@mail.customs.test" })).toMatch(/has a password but no user name/);
    expect(refusal({ SMTP_URL: "smtp://u:hunter2@mail.customs.test/inbox" })).toMatch(/has a path \(\/inbox\)/);
    for (const env of [{ SMTP_URL: "smtp://u:hunter2@mail.customs.test/inbox" }, { SMTP_URL: "ftp://u:hunter2@host" }]) {
      expect(refusal(env)).not.toContain("hunter2");
    }
    for (const from of ["not an address", "a@customs.test, b@customs.test", "SCCP <>", "@customs.test"]) {
      expect(refusal({ MAIL_FROM: from })).toBe(
        `MAIL_FROM="${from}" is not one address. Expected an address, or a name and an address: SCCP Tracker <sccp-tracker@localhost>.`,
      );
    }
  });

  it("show a server without its password", () => {
    expect(describeSmtpUrl("smtps://tracker:hunter2@mail.customs.test:465")).toBe("smtps://tracker:***@mail.customs.test:465");
    expect(describeSmtpUrl("smtp://mail.customs.test")).toBe("smtp://mail.customs.test");
  });
});
