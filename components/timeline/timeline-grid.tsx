import { useTranslations } from "next-intl";
import Link from "next/link";
import { DueLabel } from "@/components/milestones/due-label";
import { dateFormat, formatDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { localTitle, meetingName, milestoneTitle } from "@/lib/i18n/data";
import { formatMeetingDate } from "@/lib/meetings/dates";
import { dueState, formatDue, type DueState } from "@/lib/milestones/due";
import type { meetingsInPeriod, timelineOfPeriod } from "@/lib/milestones/views";
import { LABEL_GAP, labelWidth, placeLabels, type LabelSide } from "./label-placement";
import { placeDay, placeSpan, type Column, type Period } from "./scale";

type Timeline = Awaited<ReturnType<typeof timelineOfPeriod>>;
type Row = Timeline["rows"][number];
type Milestone = Row["milestones"][number];
type Meeting = Awaited<ReturnType<typeof meetingsInPeriod>>[number];

/** The scale's width in rem at every zoom: twelve months or quarters of 6rem, ten years of 7.2rem. */
const TRACK = 72;
/** A day's diamond, in rem: wide enough to hold its state's sign. */
const DIAMOND = 0.875;
/** The narrowest a month-only band is drawn (a month at year zoom is barely half a rem). */
const MIN_BAND = 0.375;

/** What tells a milestone's state apart besides colour: a sign in its mark and beside its label. */
const SIGN: Record<DueState, string> = { done: "✓", overdue: "!", "due-soon": "◔", upcoming: "○", cancelled: "✕", undated: "?" };
const FILLED: Record<DueState, string> = {
  done: "border-emerald-700 bg-emerald-600 text-white",
  overdue: "border-rose-700 bg-rose-600 text-white",
  "due-soon": "border-amber-600 bg-amber-400 text-slate-900",
  upcoming: "border-brand-700 bg-white text-brand-800",
  cancelled: "border-slate-400 bg-slate-200 text-slate-600",
  undated: "border-slate-400 bg-white text-slate-600",
};
const BAND: Record<DueState, string> = {
  done: "border-emerald-700 bg-emerald-100",
  overdue: "border-rose-700 bg-rose-100",
  "due-soon": "border-amber-600 bg-amber-100",
  upcoming: "border-brand-700 bg-brand-50",
  cancelled: "border-slate-400 bg-slate-100",
  undated: "border-slate-400 bg-white",
};
const LEGEND_STATES: DueState[] = ["done", "overdue", "due-soon", "upcoming", "cancelled"];

interface TimelineGridProps {
  timeline: Timeline;
  /** The meetings of the period, on a row of their own above the items. */
  meetings: Meeting[];
  period: Period;
  locale: Locale;
  today: string;
}

/** Items as rows on a horizontal time scale: a bar for each item's period, a mark for each milestone. */
export function TimelineGrid({ timeline, meetings, period, locale, today }: TimelineGridProps) {
  const t = useTranslations("timeline");
  const { rows } = timeline;
  const todayAt = placeDay(period, today);
  return (
    <>
      <div className="timeline-view overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="timeline" data-zoom={period.zoom}>
        <div className="text-xs" style={{ width: `${16 + TRACK}rem` }}>
          <div className="flex border-b border-slate-200 bg-slate-50 font-semibold text-slate-600">
            <div className="sticky left-0 z-20 flex w-64 shrink-0 items-end border-r border-slate-200 bg-slate-50 px-3 py-2" data-testid="timeline-item-head">
              {t("item")}
            </div>
            <ScaleHead
              period={period}
              locale={locale}
              todayAt={todayAt}
              todayLabel={t("today", { date: formatDay(today, locale) })}
              todayShort={t("todayShort")}
            />
          </div>
          {meetings.length ? <MeetingsRow meetings={meetings} period={period} locale={locale} todayAt={todayAt} /> : null}
          {rows.map((row, index) => (
            <TimelineRow
              key={row.item.id}
              row={row}
              period={period}
              locale={locale}
              today={today}
              todayAt={todayAt}
              opensUp={index >= Math.max(2, rows.length / 2)}
            />
          ))}
          {/* Room for the lowest rows' popovers when there are too few rows to open them upwards. */}
          {rows.length < 3 ? <div aria-hidden="true" className="h-20" /> : null}
        </div>
      </div>
      {timeline.items > rows.length ? <p className="mt-2 text-sm text-slate-600">{t("more", { count: timeline.items - rows.length })}</p> : null}
      <Legend />
    </>
  );
}

/** The scale's two header lines (years above months or quarters; years alone at year zoom), and today's mark. */
function ScaleHead({
  period,
  locale,
  todayAt,
  todayLabel,
  todayShort,
}: {
  period: Period;
  locale: Locale;
  todayAt: number | null;
  todayLabel: string;
  todayShort: string;
}) {
  const t = useTranslations("timeline");
  const monthName = dateFormat(locale === "zh-TW" ? "zh-TW" : "en-GB", { month: "short", timeZone: "UTC" });
  const width = TRACK / period.columns.length;
  const label = (column: Column) =>
    period.zoom === "month"
      ? monthName.format(new Date(`${column.start}T00:00:00Z`))
      : period.zoom === "quarter"
        ? t("quarter", { quarter: String(column.part) })
        : String(column.year);
  const years = period.zoom === "year" ? [] : Array.from({ length: period.lastYear - period.firstYear + 1 }, (_, index) => period.firstYear + index);
  const perYear = period.columns.length / Math.max(1, years.length);
  return (
    <div className="relative shrink-0" style={{ width: `${TRACK}rem` }}>
      <div className="flex h-6 border-b border-slate-200">
        {years.map((year) => (
          <div key={year} className="border-l border-slate-200 px-2 py-1" style={{ width: `${perYear * width}rem` }}>
            {locale === "zh-TW" ? t("periodOne", { year: String(year) }) : year}
          </div>
        ))}
      </div>
      <div className="flex">
        {period.columns.map((column) => (
          <div key={column.start} className="border-l border-slate-200 py-1.5 text-center" style={{ width: `${width}rem` }}>
            {label(column)}
          </div>
        ))}
      </div>
      {todayAt !== null ? (
        <div
          role="img"
          aria-label={todayLabel}
          data-testid="timeline-today"
          className="timeline-today absolute inset-y-0 w-0.5 bg-rose-600"
          style={{ left: `${todayAt * TRACK - 0.0625}rem` }}
        >
          <span
            aria-hidden="true"
            className="absolute top-0.5 left-1 rounded bg-rose-600 px-1 text-[0.625rem] leading-4 font-semibold whitespace-nowrap text-white"
          >
            {todayShort}
          </span>
        </div>
      ) : null}
    </div>
  );
}

interface PlacedMilestone {
  milestone: Milestone;
  state: DueState;
  /** Left and right edges of its mark on the row, in rem. */
  from: number;
  to: number;
  title: string;
}

/** One item: its title (stuck to the left), its bar, and its milestones with their labels beside them or in popovers. */
function TimelineRow({
  row,
  period,
  locale,
  today,
  todayAt,
  opensUp,
}: {
  row: Row;
  period: Period;
  locale: Locale;
  today: string;
  todayAt: number | null;
  opensUp: boolean;
}) {
  const t = useTranslations("timeline");
  const bar = row.span ? placeSpan(period, row.span.start, row.span.end) : null;
  const placed = row.milestones.flatMap((milestone): PlacedMilestone[] => {
    if (!milestone.dueStart || !milestone.dueEnd) return [];
    const state = dueState(milestone, today);
    const title = milestoneTitle(milestone, locale);
    if (milestone.precision === "DAY") {
      const at = placeDay(period, milestone.dueStart);
      return at === null ? [] : [{ milestone, state, title, from: at * TRACK - DIAMOND / 2, to: at * TRACK + DIAMOND / 2 }];
    }
    const span = placeSpan(period, milestone.dueStart, milestone.dueEnd);
    if (!span) return [];
    const from = span.from * TRACK;
    return [{ milestone, state, title, from, to: Math.max(span.to * TRACK, from + MIN_BAND) }];
  });
  const sides = placeLabels(
    placed.map((mark) => ({ from: mark.from, to: mark.to, label: labelWidth(mark.title) })),
    TRACK,
  );
  return (
    <div className="flex border-b border-slate-100" data-testid="timeline-row">
      <div className="sticky left-0 z-20 w-64 shrink-0 border-r border-slate-200 bg-white px-3 py-2" data-testid="timeline-item">
        <Link href={`/items/${row.item.id}`} className="text-sm leading-tight text-brand-700 underline-offset-2 hover:underline">
          {localTitle(row.item, locale).text}
        </Link>
      </div>
      <div
        className="relative min-h-9 shrink-0"
        style={{
          width: `${TRACK}rem`,
          backgroundImage: "linear-gradient(to right, var(--color-slate-100) 1px, transparent 1px)",
          backgroundSize: `${TRACK / period.columns.length}rem 100%`,
        }}
      >
        {bar && row.span ? (
          <div
            aria-hidden="true"
            data-testid="timeline-bar"
            data-source={row.span.source}
            className={`timeline-bar absolute top-1/2 h-3.5 -translate-y-1/2 ${row.span.source === "expected" ? "rounded-sm border border-brand-600 bg-brand-100" : "timeline-bar-derived border border-dashed border-slate-500"} ${bar.openBefore ? "rounded-l-none border-l-0" : ""} ${bar.openAfter ? "rounded-r-none border-r-0" : ""}`}
            style={{ left: `${bar.from * TRACK}rem`, width: `${Math.max((bar.to - bar.from) * TRACK, MIN_BAND)}rem` }}
          />
        ) : null}
        {todayAt !== null ? (
          <div aria-hidden="true" className="timeline-today absolute inset-y-0 w-0.5 bg-rose-600/70" style={{ left: `${todayAt * TRACK - 0.0625}rem` }} />
        ) : null}
        {placed.map((mark, index) => (
          <MilestoneMark key={mark.milestone.id} mark={mark} side={sides[index]!} itemId={row.item.id} locale={locale} today={today} opensUp={opensUp} t={t} />
        ))}
      </div>
    </div>
  );
}

/** The period's meetings as bands over their days, named beside them where there is room and in a popover always. */
function MeetingsRow({ meetings, period, locale, todayAt }: { meetings: Meeting[]; period: Period; locale: Locale; todayAt: number | null }) {
  const t = useTranslations("timeline");
  const placed = meetings.flatMap((meeting) => {
    const span = meeting.startDate && meeting.endDate ? placeSpan(period, meeting.startDate, meeting.endDate) : null;
    if (!span) return [];
    const from = span.from * TRACK;
    return [{ meeting, name: meetingName(meeting, locale), date: formatMeetingDate(meeting, locale), from, to: Math.max(span.to * TRACK, from + MIN_BAND) }];
  });
  const sides = placeLabels(
    placed.map((mark) => ({ from: mark.from, to: mark.to, label: labelWidth(mark.name) })),
    TRACK,
  );
  return (
    <div className="flex border-b border-slate-200 bg-amber-50/40" data-testid="timeline-meetings">
      <div className="sticky left-0 z-20 w-64 shrink-0 border-r border-slate-200 bg-amber-50 px-3 py-2 font-semibold text-slate-700">{t("meetings")}</div>
      <div className="relative min-h-8 shrink-0" style={{ width: `${TRACK}rem` }}>
        {todayAt !== null ? (
          <div aria-hidden="true" className="timeline-today absolute inset-y-0 w-0.5 bg-rose-600/70" style={{ left: `${todayAt * TRACK - 0.0625}rem` }} />
        ) : null}
        {placed.map((mark, index) => (
          <div
            key={mark.meeting.id}
            className="group absolute inset-y-0 focus-within:z-30 hover:z-30"
            style={{ left: `${mark.from}rem`, width: `${mark.to - mark.from}rem` }}
            data-testid="timeline-meeting"
            data-label={sides[index]}
          >
            {sides[index] !== "popover" ? (
              <div
                aria-hidden="true"
                data-testid="timeline-label"
                className="absolute top-1/2 -translate-y-1/2 rounded bg-white/85 px-0.5 whitespace-nowrap"
                style={sides[index] === "after" ? { left: `calc(100% + ${LABEL_GAP}rem)` } : { right: `calc(100% + ${LABEL_GAP}rem)` }}
              >
                <p className="font-medium text-amber-900">{mark.name}</p>
              </div>
            ) : null}
            <Link
              href={`/meetings/${mark.meeting.id}`}
              aria-label={t("meeting", { name: mark.meeting.name, date: mark.date })}
              className="timeline-bar absolute top-1/2 h-4 w-full -translate-y-1/2 rounded-sm border border-amber-600 bg-amber-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            />
            <div
              role="tooltip"
              data-testid="timeline-popover"
              className={`absolute top-full z-40 hidden w-64 rounded-md border border-slate-300 bg-white p-2 text-xs shadow-lg group-focus-within:block group-hover:block ${mark.from > TRACK * 0.7 ? "right-0" : "left-0"}`}
            >
              <p className="font-semibold text-slate-900">{mark.meeting.name}</p>
              <p className="text-slate-700">{mark.date}</p>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

/** A milestone's mark (a focusable link), its label where there is room, and a popover on hover and focus. */
function MilestoneMark({
  mark,
  side,
  itemId,
  locale,
  today,
  opensUp,
  t,
}: {
  mark: PlacedMilestone;
  side: LabelSide;
  itemId: number;
  locale: Locale;
  today: string;
  opensUp: boolean;
  t: ReturnType<typeof useTranslations<"timeline">>;
}) {
  const tState = useTranslations("enums.dueState");
  const { milestone, state, title } = mark;
  const day = milestone.precision === "DAY";
  const due = formatDue(milestone, locale);
  const popoverId = `timeline-popover-${milestone.id}`;
  // A popover near the right end opens leftwards so it stays on the scale.
  const towardsLeft = mark.from > TRACK * 0.7;
  return (
    <div
      className="group absolute inset-y-0 focus-within:z-30 hover:z-30"
      style={{ left: `${mark.from}rem`, width: `${mark.to - mark.from}rem` }}
      data-testid="timeline-milestone"
      data-precision={milestone.precision}
      data-state={state}
      data-label={side}
    >
      {side !== "popover" ? (
        <div
          className="absolute top-1/2 flex -translate-y-1/2 items-center gap-1 rounded bg-white/85 px-0.5 whitespace-nowrap"
          style={side === "after" ? { left: `calc(100% + ${LABEL_GAP}rem)` } : { right: `calc(100% + ${LABEL_GAP}rem)` }}
          aria-hidden="true"
          data-testid="timeline-label"
        >
          <span className="w-3 text-center font-bold text-slate-600">{SIGN[state]}</span>
          <p className={`font-medium text-slate-800 ${state === "cancelled" ? "line-through" : ""}`}>{title}</p>
        </div>
      ) : null}
      <Link
        href={`/items/${itemId}`}
        aria-label={t("milestone", { title, due, state: tState(state) })}
        aria-describedby={popoverId}
        data-testid="timeline-mark"
        className={`absolute top-1/2 flex -translate-y-1/2 items-center justify-center border-2 text-[0.5rem] leading-none font-bold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${
          day ? `h-3.5 w-3.5 rotate-45 ${FILLED[state]}` : `h-5 w-full rounded-[2px] border-y-0 ${BAND[state]}`
        }`}
      >
        <span aria-hidden="true" className={day ? "-rotate-45" : "overflow-hidden text-slate-800"}>
          {day ? (state === "upcoming" ? "" : SIGN[state]) : mark.to - mark.from >= 1 ? SIGN[state] : ""}
        </span>
      </Link>
      <div
        id={popoverId}
        role="tooltip"
        data-testid="timeline-popover"
        className={`absolute z-40 hidden w-64 rounded-md border border-slate-300 bg-white p-2 text-left text-xs shadow-lg group-focus-within:block group-hover:block ${opensUp ? "bottom-full" : "top-full"} ${towardsLeft ? "right-0" : "left-0"}`}
      >
        {/* A label beside the mark already names it; the popover adds its due date and state. */}
        {side === "popover" ? <p className="font-semibold text-slate-900">{title}</p> : null}
        <DueLabel milestone={milestone} today={today} label={due} />
      </div>
    </div>
  );
}

/** What the bars, marks and signs mean: the state is told by a sign and words, not colour alone. */
function Legend() {
  const t = useTranslations("timeline");
  const tState = useTranslations("enums.dueState");
  return (
    <section
      aria-labelledby="timeline-legend"
      className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-slate-700"
      data-testid="timeline-legend"
    >
      <h2 id="timeline-legend" className="font-semibold text-slate-900">
        {t("legend")}
      </h2>
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="timeline-bar inline-block h-3 w-8 rounded-sm border border-brand-600 bg-brand-100" />
        {t("legendExpected")}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className="timeline-bar timeline-bar-derived inline-block h-3 w-8 border border-dashed border-slate-500" />
        {t("legendDerived")}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className={`inline-block h-3 w-3 rotate-45 border-2 ${FILLED.done}`} />
        {t("legendDay")}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden="true" className={`inline-block h-4 w-6 border-x-2 ${BAND.upcoming}`} />
        {t("legendPeriod")}
      </span>
      {LEGEND_STATES.map((state) => (
        <span key={state} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className={`inline-flex h-4 w-4 items-center justify-center rounded-full border text-[0.625rem] font-bold ${FILLED[state]}`}>
            {SIGN[state]}
          </span>
          {tState(state)}
        </span>
      ))}
    </section>
  );
}
