import type { Metadata, Route } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ItemForm } from "@/components/items/item-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { localTitle } from "@/lib/i18n/data";
import { updateItem } from "@/lib/items/actions";
import { itemFormOptions } from "@/lib/items/form-options";
import { itemToFormValues } from "@/lib/items/form-values";
import { getItem } from "@/lib/items/queries";
import { itemIdSchema } from "@/lib/items/schema";
import { officeToday } from "@/lib/today";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("item"))("editTitle") };
}

export default async function EditItemPage({ params }: PageProps<"/items/[id]/edit">) {
  await requirePageUser({ role: "EDITOR" });
  const id = itemIdSchema.safeParse((await params).id);
  const item = id.success ? await getItem(id.data) : null;
  if (!item) notFound();
  const [t, locale] = await Promise.all([getTranslations("item"), getLocale()]);
  if (item.archivedAt) {
    return (
      <Notice headingLevel={1} title={t("archivedTitle")}>
        {t("archivedEditBody")}
      </Notice>
    );
  }
  return (
    <>
      <PageHeader title={t("editTitle")} subtitle={localTitle(item, locale as Locale).text} />
      <ItemForm
        action={updateItem}
        options={await itemFormOptions()}
        initial={itemToFormValues(item)}
        item={{ id: item.id, version: item.version }}
        defaultYear={officeToday().slice(0, 4)}
        cancelHref={`/items/${item.id}` as Route}
      />
    </>
  );
}
