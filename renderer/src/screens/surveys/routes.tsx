import type { RouteScreens, SurveyAbout } from '../../app/route';
import { InstrumentNew, InstrumentScreen } from './InstrumentScreen';
import { KioskScreen } from './KioskScreen';
import { ResponseEntry } from './ResponseEntry';
import { SurveysList } from './SurveysList';

const keyOf = (id: string, about?: SurveyAbout) => `${id}-${JSON.stringify(about ?? {})}`;

export const surveyRoutes = {
  surveys: { section: 'surveys', Screen: SurveysList },
  instrument: { section: 'surveys', Screen: ({ route }) => <InstrumentScreen key={route.id} id={route.id} /> },
  instrumentNew: { section: 'surveys', Screen: InstrumentNew },
  surveyAnswer: { section: 'surveys', Screen: ({ route }) => <ResponseEntry key={keyOf(route.id, route.about)} id={route.id} about={route.about} /> },
  // The kiosk is drawn without the shell: see RouteEntry.bare.
  kiosk: { section: 'surveys', bare: true, Screen: ({ route }) => <KioskScreen key={keyOf(route.id, route.about)} id={route.id} about={route.about} /> },
} satisfies RouteScreens;
