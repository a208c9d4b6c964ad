import type { AttestationInput, MandateSheetInput, PrintOffice } from '../../../shared/printables/schemas';

/** Invented people and office; shared by the PDF tests and the PDF benchmark. */
export const office: PrintOffice = {
  establishment: 'CISSS de la Côte-Boréale',
  officeName: 'Bureau du partenariat « Voix des usagers »',
  coordinator: 'Mélodie Gagnon-Chabot',
  phone: '418 555-0142',
  email: 'partenariat@cote-boreale.example',
  address: '12, rue des Épinettes, Sept-Rivières (Québec)',
  primaryColor: '#1f5f8b',
  accentColor: '#e07a1f',
};

export const sheetInput = (over: Partial<MandateSheetInput> = {}): MandateSheetInput => ({
  language: 'fr',
  office,
  partner: { displayName: 'Hélène Béliveau-Ouellet' },
  request: {
    title: 'Comité d’amélioration de l’accueil à l’urgence',
    directorate: 'Direction de la qualité, de l’évaluation, de la performance et de l’éthique',
    team: 'Équipe des urgences — site de Port-Cartier',
  },
  mandate: {
    role: 'Usager partenaire de l’organisation (UPO)',
    responsibilities: 'Participer aux rencontres du comité, partager votre expérience de l’urgence et commenter les outils proposés « avec vos mots ».',
    commitment: 'Environ 3 heures par mois, lecture des documents comprise',
    schedule: 'Le deuxième mardi du mois, de 13 h 30 à 15 h',
    place: 'Salle Chicoutai, pavillon principal',
    format: ['in_person', 'video'],
    reference: { name: 'Jérôme Lévesque', role: 'Chef de service — urgence', phone: '418 555-0199', email: 'jerome.levesque@cote-boreale.example' },
    confidentiality: true,
    recognition: { attestation: true, expenses: ['mileage', 'parking', 'meals'], honoraria: true, honorariaAmount: 150, paymentDeclined: false },
    startDate: '2026-11-23',
    endDate: '2027-06-15',
  },
  issuedOn: '2026-11-02',
  ...over,
});

export const attestationInput = (over: Partial<AttestationInput> = {}): AttestationInput => ({
  language: 'fr',
  office,
  partner: { displayName: 'Hélène Béliveau-Ouellet' },
  participations: [
    { title: 'Comité d’amélioration de l’accueil à l’urgence', role: 'UPO', startDate: '2026-01-13', endDate: '2026-06-09', hours: 18.5 },
    { title: 'Révision du guide d’accueil en santé mentale', role: 'Usagère partenaire', startDate: '2026-03-02', hours: 6 },
  ],
  totalHours: 24.5,
  issuedOn: '2026-11-02',
  ...over,
});

export const SYLLABICS = 'ᐄᔨᔨᐤ ᐊᔅᒌ';
