import { useLiveQuery } from 'dexie-react-hooks';
import { PortraitAnswers, yearReportId, type YearReport, type YearReportFields } from '../../../../shared/model/year-report';
import { getServices } from '../../db/services';

export const emptyYearReport = (year: number): YearReportFields => ({ year, highlights: '', challenges: '', portrait: PortraitAnswers.parse({}) });

/** The coordinator's words for a year (undefined while loading). */
export const useYearReport = (year: number): YearReportFields | undefined => {
  const { db } = getServices();
  return useLiveQuery(async () => {
    const r: YearReport | undefined = await db.yearReports.get(yearReportId(year));
    return r && !r.deleted ? r : emptyYearReport(year);
  }, [db, year]);
};

export const saveYearReport = async (fields: YearReportFields): Promise<void> => {
  const { records } = getServices();
  await records.save('yearReports', { ...fields, id: yearReportId(fields.year) });
};
