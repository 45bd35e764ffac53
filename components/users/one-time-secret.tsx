import { useTranslations } from "next-intl";

export function OneTimeSecret({ secret }: { secret: string }) {
  const t = useTranslations("users");
  return (
    <p className="mt-2 text-sm">
      {t("oneTime")}{" "}
      <code className="select-all rounded bg-slate-100 px-2 py-1 font-mono text-base text-slate-900" data-testid="one-time-password">
        {secret}
      </code>
    </p>
  );
}
