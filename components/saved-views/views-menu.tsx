import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { SavedViewEntry } from "@/lib/saved-views/queries";
import { NavMenu } from "../nav-link";

/** How many of each list the menu shows; the views page has them all. */
const SHOWN = 12;

const itemLink = "block truncate rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900";

/** "Views" in the navigation: the officer's saved views and colleagues' shared ones, each opening the work plan it names. */
export async function ViewsMenu({ mine, shared }: { mine: SavedViewEntry[]; shared: SavedViewEntry[] }) {
  const t = await getTranslations("savedViews");
  const group = (heading: string, views: SavedViewEntry[], testId: string, withOwner: boolean) =>
    views.length ? (
      <div className="mb-1">
        <p className="px-2 pb-0.5 pt-1 text-xs font-medium uppercase tracking-wide text-slate-500">{heading}</p>
        <ul data-testid={testId}>
          {views.slice(0, SHOWN).map((view) => (
            <li key={view.id}>
              <Link href={`/items${view.query ? `?${view.query}` : ""}` as never} className={itemLink} title={view.name}>
                {view.name}
                {withOwner ? <span className="ml-1.5 text-xs text-slate-500">{view.owner.name}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
        {views.length > SHOWN ? <p className="px-2 text-xs text-slate-500">{t("more", { count: views.length - SHOWN })}</p> : null}
      </div>
    ) : null;
  return (
    <NavMenu summary={t("navLabel")} testId="views-menu">
      {group(t("mine"), mine, "nav-my-views", false)}
      {group(t("sharedByColleagues"), shared, "nav-shared-views", true)}
      {mine.length === 0 && shared.length === 0 ? <p className="px-2 py-1.5 text-slate-500">{t("navEmpty")}</p> : null}
      <div className="mt-1 border-t border-slate-100 pt-1">
        <Link href="/views" className={`${itemLink} font-medium text-brand-700`}>
          {t("manage")}
        </Link>
      </div>
    </NavMenu>
  );
}
