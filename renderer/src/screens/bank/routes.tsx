import { useLiveQuery } from 'dexie-react-hooks';
import type { RouteScreens } from '../../app/routes';
import { getServices } from '../../app/services';
import type { Route } from '../../store/ui';
import { BankScreen } from './BankScreen';
import { ImportScreen } from './ImportScreen';
import { PartnerForm } from './PartnerForm';
import { PartnerProfile } from './PartnerProfile';

const idOf = (r: Route) => ('id' in r ? r.id : '');

const EditPartner = ({ route }: { route: Route }) => {
  const id = idOf(route);
  const partner = useLiveQuery(() => getServices().db.partners.get(id), [id], null);
  if (partner === null) return null;
  return partner && !partner.deleted ? <PartnerForm key={id} partner={partner} /> : <PartnerProfile id={id} />;
};

export const bankRoutes: RouteScreens = {
  bank: ({ route }) => <BankScreen key={route.name === 'bank' ? (route.view ?? 'all') : 'all'} view={route.name === 'bank' ? route.view : undefined} />,
  partner: ({ route }) => <PartnerProfile id={idOf(route)} />,
  partnerNew: () => <PartnerForm key="new" />,
  partnerEdit: EditPartner,
  import: ImportScreen,
};
