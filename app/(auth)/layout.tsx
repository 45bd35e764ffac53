import Link from "next/link";
import type { ReactNode } from "react";

export default function SignedOutLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 pt-16">
      <Link href="/" className="mb-8 text-center">
        <span className="block text-2xl font-semibold tracking-tight text-slate-900">SCCP Tracker</span>
        <span className="block text-sm text-slate-500">APEC Sub-Committee on Customs Procedures</span>
      </Link>
      <main id="main" className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}
