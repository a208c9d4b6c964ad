import type { RouteScreens } from '../../app/routes';
import type { Route } from '../../store/ui';
import { InstrumentNew, InstrumentScreen } from './InstrumentScreen';
import { KioskScreen } from './KioskScreen';
import { ResponseEntry } from './ResponseEntry';
import { SurveysList } from './SurveysList';

const idOf = (r: Route) => ('id' in r ? r.id : '');
const aboutOf = (r: Route) => (r.name === 'surveyAnswer' || r.name === 'kiosk' ? r.about : undefined);

export const surveyRoutes: RouteScreens = {
  surveys: SurveysList,
  instrument: ({ route }) => <InstrumentScreen key={idOf(route)} id={idOf(route)} />,
  instrumentNew: InstrumentNew,
  surveyAnswer: ({ route }) => <ResponseEntry key={routeKey(route)} id={idOf(route)} about={aboutOf(route)} />,
};

const routeKey = (r: Route) => `${idOf(r)}-${JSON.stringify(aboutOf(r) ?? {})}`;

/** The kiosk is drawn without the app's shell (no navigation): the shell asks for it by name. */
export const KioskRoute = ({ route }: { route: Route }) => <KioskScreen key={routeKey(route)} id={idOf(route)} about={aboutOf(route)} />;
