import { useLiveQuery } from 'dexie-react-hooks';
import type { RouteOf, RouteScreens } from '../../app/route';
import { getServices } from '../../db/services';
import { BankScreen } from './BankScreen';
import { ImportScreen } from './ImportScreen';
import { PartnerForm } from './PartnerForm';
import { PartnerProfile } from './PartnerProfile';

const EditPartner = ({ route }: { route: RouteOf<'partnerEdit'> }) => {
  const { id } = route;
  const partner = useLiveQuery(() => getServices().db.partners.get(id), [id], null);
  if (partner === null) return null;
  return partner && !partner.deleted ? <PartnerForm key={id} partner={partner} /> : <PartnerProfile id={id} />;
};

export const bankRoutes = {
  bank: { section: 'bank', Screen: ({ route }) => <BankScreen key={route.view ?? 'all'} view={route.view} /> },
  partner: { section: 'bank', Screen: ({ route }) => <PartnerProfile id={route.id} /> },
  partnerNew: { section: 'bank', Screen: () => <PartnerForm key="new" /> },
  partnerEdit: { section: 'bank', Screen: EditPartner },
  import: { section: 'bank', Screen: ImportScreen },
} satisfies RouteScreens;
