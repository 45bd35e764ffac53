"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";

// Loaded apart (next/dynamic), so a browser fetches only the catalogue of the language it reads:
// referenced together, both went into one script.
const EnglishMessages = dynamic(() => import("./english-messages").then((module) => module.EnglishMessages));
const ChineseMessages = dynamic(() => import("./chinese-messages").then((module) => module.ChineseMessages));

/** The messages client components read, in the reader's language. */
export function ClientMessages({ locale, timeZone, children }: { locale: string; timeZone: string; children: ReactNode }) {
  const Messages = locale === "zh-TW" ? ChineseMessages : EnglishMessages;
  return <Messages timeZone={timeZone}>{children}</Messages>;
}
