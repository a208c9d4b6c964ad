import type { UiLanguage } from '../model/enums';

/**
 * Steps, languages and levels are worded by shared/vocabulary, like everywhere else.
 * Words the indicator sections need in both processes (the screen, and the annual report
 * drawn in main). Kept beside the charts, in both languages, like the reference lists.
 */
type Bi = { fr: string; en: string };
export const say = (b: Bi, lang: UiLanguage): string => b[lang];

export const sessionWords: Record<string, Bi> = {
  partners: { fr: 'Formation des usagers partenaires', en: 'Partner training' },
  staff: { fr: 'Formation du personnel', en: 'Staff training' },
  managers: { fr: 'Formation des gestionnaires', en: 'Manager training' },
  new_employees: { fr: 'Accueil des nouveaux employés', en: 'New employee orientation' },
  information: { fr: 'Séance d’information', en: 'Information session' },
  recruitment: { fr: 'Séance de recrutement', en: 'Recruitment session' },
};

export const words = {
  notGiven: { fr: 'Non précisée', en: 'Not given' },
  inBank: { fr: 'Dans la banque', en: 'In the bank' },
  active: { fr: 'Actives', en: 'Active' },
  onTime: { fr: 'À temps', en: 'On time' },
  late: { fr: 'En retard', en: 'Late' },
  overdue: { fr: 'En souffrance', en: 'Overdue' },
  upcoming: { fr: 'À venir', en: 'Upcoming' },
  received: { fr: 'Reçues', en: 'Received' },
  filled: { fr: 'Comblées', en: 'Filled' },
  cancelled: { fr: 'Annulées', en: 'Cancelled' },
  withFirstMandate: { fr: 'Premier mandat signé', en: 'First mandate made' },
  days: { fr: 'jours', en: 'days' },
  // Section titles
  sBank: { fr: 'Banque d’usagers partenaires', en: 'Partner-user bank' },
  sPipeline: { fr: 'Cheminement des nouvelles personnes', en: 'Newcomers’ pipeline' },
  sRequests: { fr: 'Demandes et mandats', en: 'Requests and mandates' },
  sAccompaniment: { fr: 'Accompagnement', en: 'Accompaniment' },
  sLoad: { fr: 'Sursollicitation', en: 'Over-solicitation' },
  sCommittees: { fr: 'Comités', en: 'Committees' },
  sTrainings: { fr: 'Formations et séances d’information', en: 'Trainings and information sessions' },
  sSurveys: { fr: 'Sondages', en: 'Surveys' },
  // Figures
  fInBank: { fr: 'Personnes dans la banque', en: 'People in the bank' },
  fActive: { fr: 'Personnes actives', en: 'Active people' },
  fReceived: { fr: 'Demandes reçues', en: 'Requests received' },
  fFilled: { fr: 'Demandes comblées', en: 'Requests filled' },
  fDays: { fr: 'Jours médians jusqu’au premier mandat', en: 'Median days to a first mandate' },
  fOnTime: { fr: 'Étapes faites à temps', en: 'Steps done on time' },
  fLate: { fr: 'Étapes faites en retard', en: 'Steps done late' },
  fOverdue: { fr: 'Étapes en souffrance', en: 'Overdue steps' },
  fOver: { fr: 'Personnes sursollicitées', en: 'Over-solicited people' },
  fCovered: { fr: 'Comités avec un usager partenaire', en: 'Committees with a partner user' },
  fSafetyCovered: { fr: 'Comités de sécurité des usagers avec un usager partenaire', en: 'User-safety committees with a partner user' },
  fSeats: { fr: 'Sièges d’usagers partenaires occupés', en: 'Partner seats filled' },
  fTrainings: { fr: 'Formations données', en: 'Trainings held' },
  fTrainingAttendance: { fr: 'Participation aux formations', en: 'Training attendance' },
  fInfo: { fr: 'Séances d’information', en: 'Information sessions' },
  fInfoAttendance: { fr: 'Participation aux séances d’information', en: 'Information session attendance' },
  fResponses: { fr: 'Réponses aux sondages', en: 'Survey responses' },
  fFavourable: { fr: 'Réponses favorables (%)', en: 'Favourable answers (%)' },
  // Charts
  cLevel: { fr: 'Par niveau d’implication', en: 'By level of involvement' },
  cSector: { fr: 'Par secteur (10 premiers)', en: 'By sector (top 10)' },
  cLanguage: { fr: 'Par langue', en: 'By language' },
  cCommunity: { fr: 'Par communauté (10 premières)', en: 'By community (top 10)' },
  cEntered: { fr: 'Entrées par étape', en: 'Entries per step' },
  cDuration: { fr: 'Jours médians passés dans chaque étape', en: 'Median days spent in each step' },
  cRequests: { fr: 'Demandes', en: 'Requests' },
  cSteps: { fr: 'Étapes d’accompagnement prévues', en: 'Accompaniment steps planned' },
  cCommittees: { fr: 'Couverture des comités', en: 'Committee coverage' },
  cSessions: { fr: 'Participation par type de séance', en: 'Attendance by kind of session' },
  cSurveys: { fr: 'Réponses favorables par questionnaire (%)', en: 'Favourable answers by questionnaire (%)' },
  committeesAll: { fr: 'Tous les comités', en: 'All committees' },
  committeesSafety: { fr: 'Sécurité des usagers', en: 'User safety' },
  committeesTotal: { fr: 'Comités', en: 'Committees' },
  committeesCovered: { fr: 'Avec un usager partenaire', en: 'With a partner user' },
  noData: {
    fr: 'Pas encore de données : ce volet se remplira quand les comités, formations et sondages seront saisis.',
    en: 'No data yet: this part fills in once committees, trainings and surveys are recorded.',
  },
} satisfies Record<string, Bi>;
