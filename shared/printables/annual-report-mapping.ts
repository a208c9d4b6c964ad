import { indicatorSections, periodLabel } from '../charts/sections';
import type { IsoDate } from '../model/base';
import type { UiLanguage } from '../model/enums';
import type { OfficeSettingsFields } from '../model/settings';
import { instantDate } from '../logic/dates';
import { compareIndicators, overlaps, yearPeriod, type IndicatorInputs } from '../logic/indicators';
import type { AnnualReportInput, ReportProject } from './annual-report';
import { printOfficeFrom } from './mapping';

/** The year's projects: requests received that year or with a mandate running in it. */
export const yearProjects = (inputs: Pick<IndicatorInputs, 'requests' | 'mandates'>, year: number): ReportProject[] => {
  const period = yearPeriod(year);
  const byRequest = new Map<string, { mandates: number; hours: number; running: boolean }>();
  for (const m of inputs.mandates) {
    if (m.deleted || m.status === 'cancelled') continue;
    const r = byRequest.get(m.requestId) ?? { mandates: 0, hours: 0, running: false };
    r.mandates++;
    for (const h of m.hours) if (h.date >= period.from && h.date <= period.to) r.hours += h.hours;
    const start = m.startDate ?? instantDate(m.createdAt);
    const end = m.endDate ?? (m.status === 'ended' ? instantDate(m.updatedAt) : undefined);
    if (overlaps(start, end, period)) r.running = true;
    byRequest.set(m.requestId, r);
  }
  return inputs.requests
    .filter((r) => !r.deleted && ((r.receivedAt >= period.from && r.receivedAt <= period.to) || byRequest.get(r.id)?.running))
    .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.title.localeCompare(b.title, 'fr')))
    .map((r) => {
      const m = byRequest.get(r.id);
      return {
        title: r.title,
        ...(r.directorate ? { directorate: r.directorate } : {}),
        status: r.status,
        receivedAt: r.receivedAt,
        mandates: m?.mandates ?? 0,
        hours: Math.round((m?.hours ?? 0) * 10) / 10,
      };
    });
};

export interface YearNotes {
  highlights: string;
  challenges: string;
}

export function annualReportInputFrom(
  settings: OfficeSettingsFields,
  inputs: IndicatorInputs,
  year: number,
  notes: YearNotes,
  language: UiLanguage,
  today: IsoDate,
): AnnualReportInput {
  const cmp = compareIndicators(inputs, yearPeriod(year), today);
  return {
    language,
    office: printOfficeFrom(settings),
    year,
    periodLabel: periodLabel(cmp.current.period, language),
    previousLabel: periodLabel(cmp.previous.period, language),
    sections: indicatorSections(cmp, language),
    projects: yearProjects(inputs, year),
    highlights: notes.highlights,
    challenges: notes.challenges,
    issuedOn: today,
  };
}
