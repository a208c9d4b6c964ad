import type { GuideKey } from '../../model/printables';
import type { GuideText } from './fields';

/**
 * The original French guides, written for this project from the facts of the offices'
 * documents. Markdown: # headings, paragraphs, - lists, - [ ] check boxes, **bold**.
 * {{office}}, {{establishment}}, {{coordinator}}, {{phone}}, {{email}}, {{address}} are
 * filled from the settings when printed.
 */
export const guidesFr: Record<GuideKey, GuideText> = {
  what_is_partner: {
    title: 'Qu’est-ce qu’un usager partenaire?',
    body: `# Votre expérience a de la valeur

Un **usager partenaire** est une personne qui a reçu des soins ou des services et qui se sert de ce vécu pour aider à les améliorer. Cette personne travaille avec une équipe, comme membre à part entière.

On appelle ce savoir le **savoir expérientiel**\u00a0: ce que vous avez appris en vivant la maladie, les soins ou le parcours d’un proche.

## Le partenariat, c’est quoi?

- Une collaboration entre l’usager, ses proches et le personnel.
- Une relation de confiance, où chacun apprend de l’autre.
- Une approche qui respecte la personne dans tout ce qu’elle est.
- Une façon d’aider chacun à faire ses propres choix de santé.

## Que fait un usager partenaire?

- Relire des documents pour qu’ils soient clairs.
- Donner son avis sur un parcours de soins.
- Aider à lancer un nouveau projet ou un nouveau programme.
- Siéger à un comité d’amélioration.
- Participer à des projets de construction ou de rénovation.

## Qui peut devenir usager partenaire?

Aucune expérience particulière n’est demandée. Nous cherchons une personne\u00a0:

- qui s’implique dans ses soins, selon ses capacités;
- qui veut améliorer l’expérience des usagers et de leurs proches;
- qui aime partager ses idées et son vécu;
- qui est ouverte et curieuse;
- dont la santé physique et psychologique est assez stable pour s’engager.

## Pour en savoir plus

{{office}}, {{establishment}}
{{coordinator}} — {{phone}} — {{email}}
`,
  },
  three_roles: {
    title: 'Le partenariat en trois rôles',
    body: `# Trois façons d’être partenaire

Le partenariat peut prendre plusieurs formes. Une même personne peut jouer un rôle, puis un autre.

## 1. Partenaire de ses propres soins

Vous participez activement à vos soins avec votre équipe. Vous apprenez à prendre soin de vous. Vous faites des choix libres et éclairés, en accord avec votre projet de vie.

Par exemple\u00a0: vous aidez à préparer votre plan d’intervention.

## 2. Usager partenaire de l’organisation (UPO)

Vous partagez votre expérience pour améliorer la qualité des soins et l’expérience des usagers. Vous travaillez avec une équipe-projet, un comité ou une instance de gouvernance.

Par exemple\u00a0: vous siégez à un comité sur la sécurité des usagers.

## 3. Usager partenaire accompagnateur (UPA)

Vous soutenez des usagers qui vivent un parcours semblable au vôtre. Votre présence complète le travail de l’équipe\u00a0: elle aide au rétablissement, facilite la communication avec l’équipe et donne de l’espoir.

Par exemple\u00a0: vous rencontrez des personnes en réadaptation physique.

## Et le comité des usagers?

Le comité des usagers défend les droits de tous les usagers. Il travaille avec la gouvernance de l’établissement.

L’usager partenaire apporte son vécu et parle pour les personnes qui ont une expérience semblable à la sienne, au sein d’une équipe-projet.

Les deux travaillent ensemble, mais leurs rôles sont différents.

## Pour nous joindre

{{office}} — {{phone}} — {{email}}
`,
  },
  your_role: {
    title: 'Votre rôle d’usager partenaire',
    body: `# Bienvenue dans l’équipe

Merci d’accepter de partager votre expérience. Voici comment se passe votre participation, du début à la fin.

## Avant le projet

- Nous vous rencontrons pour vous accueillir et répondre à vos questions.
- Vous recevez une **fiche de mandat**\u00a0: le projet, votre rôle, le temps demandé, les dates et votre personne de référence.
- Nous vous présentons le projet avant la première rencontre.

## Pendant les rencontres

- Vous parlez de votre expérience, avec vos mots.
- Votre avis compte autant que celui des autres membres.
- Vous pouvez poser toutes vos questions. Si un mot ou un sigle n’est pas clair, dites-le.
- Ce qui se dit en rencontre reste confidentiel.

## Votre personne de référence

Une personne de l’équipe est nommée pour vous. Elle est présente aux rencontres. Vous pouvez l’appeler entre les rencontres.

## Le suivi

- Nous prenons de vos nouvelles au milieu et à la fin du projet.
- À la fin, nous vous disons ce que le projet a donné.
- Un court sondage vous permet de dire comment s’est passée votre participation.

## La reconnaissance

- Vos frais de déplacement et de stationnement sont remboursés sur présentation des reçus.
- Vous recevez une attestation de participation.

## Si quelque chose ne va pas

Vous pouvez en parler au bureau du partenariat en tout temps. C’est un lieu neutre. Vous pouvez aussi arrêter votre participation quand vous le voulez.

{{coordinator}} — {{office}}
{{phone}} — {{email}}
`,
  },
  companion_leaflet: {
    title: 'L’usager partenaire accompagnateur (UPA)',
    body: `# Quelqu’un qui est passé par là

Un **usager partenaire accompagnateur** a vécu un parcours de soins semblable au vôtre. Cette personne vous offre son écoute et son expérience, en plus des soins de votre équipe.

## Ce qu’il peut faire avec vous

- Vous écouter et partager ce qu’il a vécu.
- Vous aider à préparer vos rendez-vous et vos questions.
- Vous expliquer les étapes de votre parcours de soins.
- Vous faire connaître des services dans votre communauté.

## Ce que l’accompagnement peut vous apporter

- Vous sentir moins seul.
- Moins de stress, grâce au partage.
- Une meilleure compréhension de vos soins.
- Plus de facilité à suivre votre traitement.
- De meilleures habitudes de vie.
- Une relation de confiance avec votre équipe.

## Ce qu’il ne fait pas

L’usager partenaire accompagnateur ne remplace pas votre équipe de soins et ne donne pas de conseils médicaux. Pour toute question sur votre santé, parlez à votre équipe.

## Comment avoir un accompagnateur?

Parlez-en à votre équipe de soins, ou joignez-nous\u00a0:

{{office}} — {{phone}} — {{email}}
`,
  },
  welcome_checklist: {
    title: 'Aide-mémoire\u00a0: accueillir un usager partenaire',
    body: `# Pour l’équipe qui accueille un usager partenaire

Cochez chaque étape. Le bureau du partenariat vous aide à chacune.

## Avant la première rencontre

- [ ] Participer à la rencontre préparatoire avec le bureau du partenariat.
- [ ] Remplir la fiche de mandat\u00a0: le projet, le rôle, le temps demandé, les dates.
- [ ] Nommer une personne de référence qui sera présente aux rencontres.
- [ ] Envoyer les documents à l’avance, en langage clair.
- [ ] Choisir un moment, un lieu et un format accessibles (en personne, téléphone, vidéo).
- [ ] Expliquer le remboursement des frais et l’attestation.

## À la première rencontre

- [ ] Présenter chaque personne et son rôle.
- [ ] Expliquer les sigles et les mots techniques.
- [ ] Donner la parole à l’usager partenaire dès le début.
- [ ] Rappeler la confidentialité.

## Pendant le projet

- [ ] Demander l’avis de l’usager partenaire sur chaque sujet.
- [ ] Vérifier qu’il a ce qu’il faut pour participer.
- [ ] Faire le suivi de mi-projet avec le bureau du partenariat.

## À la fin du projet

- [ ] Dire à l’usager partenaire ce que le projet a donné.
- [ ] Faire le suivi de fin de projet avec le bureau du partenariat.
- [ ] Remplir le sondage après la participation.
- [ ] Remettre l’attestation de participation.

Questions\u00a0: {{coordinator}}, {{phone}}, {{email}}
`,
  },
  first_contact: {
    title: 'Premier contact avec un usager partenaire potentiel',
    body: `# Modèle pour un premier appel

Ce modèle aide à faire le premier appel à une personne qui pourrait devenir usager partenaire. Adaptez-le à votre façon de parler.

## 1. Se présenter

> Bonjour, je m’appelle {{coordinator}}. Je travaille au {{office}} ({{establishment}}). Avez-vous quelques minutes pour parler?

Dites comment vous avez eu son nom (par exemple\u00a0: son équipe de soins ou le comité des usagers).

## 2. Expliquer le partenariat

> Nous cherchons des personnes qui ont reçu nos services pour nous aider à les améliorer. Votre expérience nous serait très utile.

## 3. Présenter le projet

- Le sujet du projet, en quelques mots.
- Ce qu’on attend de la personne.
- Le temps demandé, les dates et le lieu.
- Les façons de participer\u00a0: en personne, au téléphone ou en vidéo.

## 4. Vérifier l’intérêt

- Est-ce que le projet l’intéresse?
- Est-elle disponible aux dates prévues?
- Se sent-elle à l’aise de parler de son expérience?
- Sa santé lui permet-elle de s’engager en ce moment?

## 5. Parler de la reconnaissance

> Vos frais sont remboursés et vous recevrez une attestation de participation.

## 6. Conclure

- Proposer une rencontre d’accueil.
- Demander si on peut garder ses coordonnées pour d’autres projets, et noter sa réponse.
- Remercier la personne, même si elle refuse.

> Merci beaucoup de votre temps. Vous pouvez me joindre au {{phone}} ou à {{email}}.
`,
  },
};
