"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import messages from "@/lib/i18n/messages/zh-TW.json";

/** The Traditional Chinese catalogue for client components; see english-messages.tsx for why it is a script. */
export function ChineseMessages({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="zh-TW" messages={messages} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
