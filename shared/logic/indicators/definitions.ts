/**
 * What each indicator means, in both languages, shown as the help line under the figure on
 * screen, in the annual report and at the central office: one wording for one definition.
 * These live beside the computation (not in a locale file) so a change of rule and a change
 * of wording travel together.
 */
export type IndicatorId =
  | 'inBank'
  | 'active'
  | 'byLevel'
  | 'bySector'
  | 'byLanguage'
  | 'byCommunity'
  | 'pipelineEntered'
  | 'stepDuration'
  | 'requestsReceived'
  | 'requestsFilled'
  | 'daysToFirstMandate'
  | 'accompaniment'
  | 'overSolicited'
  | 'committeeCoverage'
  | 'trainings'
  | 'surveys'
  | 'mandatesRunning'
  | 'mandatesStarted';

export const definitions: Record<IndicatorId, { fr: string; en: string }> = {
  inBank: {
    fr: 'Personnes à l’étape « dans la banque » ou « active » le dernier jour de la période (ou aujourd’hui si la période n’est pas finie).',
    en: 'People at the “in the bank” or “active” step on the last day of the period (or today if the period is not over).',
  },
  active: {
    fr: 'Personnes ayant au moins un mandat non annulé ou un siège à un comité pendant la période.',
    en: 'People with at least one mandate (not cancelled) or a committee seat during the period.',
  },
  byLevel: {
    fr: 'Personnes dans la banque et actives selon les niveaux d’implication qu’elles acceptent; une personne peut compter à plusieurs niveaux.',
    en: 'People in the bank and active by the levels of involvement they accept; one person may count at several levels.',
  },
  bySector: {
    fr: 'Personnes dans la banque et actives selon les secteurs de leur expérience; une personne peut compter dans plusieurs secteurs.',
    en: 'People in the bank and active by the sectors of their lived experience; one person may count in several sectors.',
  },
  byLanguage: {
    fr: 'Personnes dans la banque et actives selon les langues qu’elles parlent; une personne peut compter dans plusieurs langues.',
    en: 'People in the bank and active by the languages they speak; one person may count in several languages.',
  },
  byCommunity: {
    fr: 'Personnes dans la banque et actives selon leur communauté ou ville (« non précisée » si vide).',
    en: 'People in the bank and active by community or town (“not given” when empty).',
  },
  pipelineEntered: {
    fr: 'Personnes distinctes entrées dans chaque étape du cheminement pendant la période, selon l’historique de leur fiche.',
    en: 'Distinct people who entered each pipeline step during the period, from their record’s history.',
  },
  stepDuration: {
    fr: 'Nombre médian de jours passés dans chaque étape avant la banque, pour les personnes qui en sont sorties pendant la période.',
    en: 'Median days spent in each step before the bank, for people who left it during the period.',
  },
  requestsReceived: { fr: 'Demandes dont la date de réception tombe dans la période.', en: 'Requests whose date received falls in the period.' },
  requestsFilled: {
    fr: 'Demandes passées pour la première fois à « comblée » (ou plus loin) pendant la période.',
    en: 'Requests that first reached “filled” (or a later stage) during the period.',
  },
  daysToFirstMandate: {
    fr: 'Nombre médian de jours entre la réception d’une demande et son premier mandat, pour les premiers mandats créés pendant la période.',
    en: 'Median days from a request’s reception to its first mandate, for first mandates created during the period.',
  },
  accompaniment: {
    fr: 'Étapes d’accompagnement prévues dans la période : faites à temps (au plus tard à la date prévue), en retard, en souffrance (date passée, non faites) ou à venir.',
    en: 'Accompaniment steps planned in the period: done on time (by the planned date), late, overdue (date passed, not done) or upcoming.',
  },
  overSolicited: {
    fr: 'Personnes de la banque qui, le dernier jour de la période, atteignent le seuil de mandats en cours (sièges de comité compris) ou d’heures sur 12 mois fixé dans les paramètres.',
    en: 'People in the bank who, on the last day of the period, reach the threshold of running mandates (committee seats included) or of hours over 12 months set in the settings.',
  },
  committeeCoverage: {
    fr: 'Comités ayant au moins un siège d’usager partenaire occupé le dernier jour de la période, les comités de sécurité des usagers d’abord.',
    en: 'Committees with at least one partner seat held on the last day of the period, user-safety committees first.',
  },
  trainings: {
    fr: 'Formations et séances d’information tenues pendant la période, et leur participation (personnes de la banque et autres participants).',
    en: 'Trainings and information sessions held during the period, and attendance (people from the bank and other attendees).',
  },
  surveys: {
    fr: 'Réponses aux sondages datées de la période; « favorables » : part des réponses sur échelle aux deux plus hauts points (p. ex. 4 ou 5 sur 5).',
    en: 'Survey responses dated in the period; “favourable”: share of scale answers at the top two points (e.g. 4 or 5 out of 5).',
  },
  mandatesRunning: {
    fr: 'Mandats non annulés en cours à un moment de la période : de leur date de début (ou de création) à leur date de fin (ou au jour où ils ont pris fin).',
    en: 'Mandates (not cancelled) running at some point in the period: from their start date (or creation) to their end date (or the day they ended).',
  },
  mandatesStarted: {
    fr: 'Mandats non annulés dont la date de début (ou de création) tombe dans la période.',
    en: 'Mandates (not cancelled) whose start date (or creation date) falls in the period.',
  },
};
