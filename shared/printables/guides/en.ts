import type { GuideKey } from '../../model/printables';
import type { GuideText } from './fields';

/** The original English guides; same facts and fields as the French ones (see fr.ts). */
export const guidesEn: Record<GuideKey, GuideText> = {
  what_is_partner: {
    title: 'What is a partner user?',
    body: `# Your experience has value

A **partner user** is a person who has received care or services. They use what they lived through to help make care better. They work with a team, as a full member.

This knowledge is called **experiential knowledge**: what you learned by living with an illness, with care, or alongside a loved one.

## What is partnership?

- Working together: the user, their family and the staff.
- A relationship of trust, where everyone learns from the others.
- An approach that respects the whole person.
- A way to help each person make their own health choices.

## What does a partner user do?

- Reads documents to check they are clear.
- Gives their view on a care pathway.
- Helps start a new project or programme.
- Sits on an improvement committee.
- Takes part in building or renovation projects.

## Who can become a partner user?

No special experience is needed. We are looking for someone who:

- takes part in their own care, as far as they can;
- wants to improve the experience of users and their families;
- likes to share ideas and experiences;
- is open and curious;
- is stable enough, in body and mind, to commit.

## To learn more

{{office}}, {{establishment}}
{{coordinator}} — {{phone}} — {{email}}
`,
  },
  three_roles: {
    title: 'Partnership in three roles',
    body: `# Three ways to be a partner

Partnership can take several forms. The same person may play one role, then another.

## 1. Partner in your own care

You take an active part in your care with your team. You learn to look after yourself. You make free and informed choices that fit your life plans.

For example: you help prepare your care plan.

## 2. Organizational partner user (UPO)

You share your experience to improve the quality of care and the experience of users. You work with a project team, a committee or a governance body.

For example: you sit on a user safety committee.

## 3. Companion partner user (UPA)

You support users whose path is like your own. Your presence adds to the team's work: it helps recovery, eases communication with the team and gives hope.

For example: you meet people in physical rehabilitation.

## What about the users' committee?

The users' committee defends the rights of all users. It works with the establishment's governance.

A partner user brings their own experience. They speak for people whose experience is like theirs, within a project team.

The two work together, but their roles are different.

## Contact us

{{office}} — {{phone}} — {{email}}
`,
  },
  your_role: {
    title: 'Your role as a partner user',
    body: `# Welcome to the team

Thank you for agreeing to share your experience. Here is how your participation goes, from start to finish.

## Before the project

- We meet you to welcome you and answer your questions.
- You receive a **mandate sheet**: the project, your role, the time asked, the dates and your reference person.
- We present the project to you before the first meeting.

## During meetings

- You talk about your experience, in your own words.
- Your opinion counts as much as anyone else's.
- You can ask any question. If a word or an acronym is not clear, say so.
- What is said in meetings stays confidential.

## Your reference person

A person on the team is named for you. They attend the meetings. You can call them between meetings.

## Follow-up

- We check in with you halfway through and at the end of the project.
- At the end, we tell you what the project led to.
- A short survey lets you tell us how your participation went.

## Recognition

- Your travel and parking costs are paid back when you show the receipts.
- You receive an attestation of participation.

## If something is wrong

You can talk to the partnership office at any time. It is a neutral place. You can also stop taking part whenever you wish.

{{coordinator}} — {{office}}
{{phone}} — {{email}}
`,
  },
  companion_leaflet: {
    title: 'The companion partner user (UPA)',
    body: `# Someone who has been there

A **companion partner user** has lived a care path like yours. They offer you a listening ear and their experience, alongside the care your team gives.

## What they can do with you

- Listen to you and share what they lived.
- Help you prepare your appointments and your questions.
- Explain the steps of your care path.
- Tell you about services in your community.

## What companionship can bring you

- Feeling less alone.
- Less stress, through sharing.
- A better understanding of your care.
- An easier time following your treatment.
- Healthier habits.
- A relationship of trust with your team.

## What they do not do

A companion partner user does not replace your care team. They do not give medical advice. For any question about your health, talk to your team.

## How to get a companion

Talk to your care team, or contact us:

{{office}} — {{phone}} — {{email}}
`,
  },
  welcome_checklist: {
    title: 'Checklist: welcoming a partner user',
    body: `# For the team welcoming a partner user

Tick each step. The partnership office helps you with each one.

## Before the first meeting

- [ ] Attend the preparatory meeting with the partnership office.
- [ ] Fill in the mandate sheet: the project, the role, the time asked, the dates.
- [ ] Name a reference person who will attend the meetings.
- [ ] Send documents ahead of time, in plain language.
- [ ] Choose an accessible time, place and format (in person, phone, video).
- [ ] Explain how costs are paid back and the attestation.

## At the first meeting

- [ ] Introduce each person and their role.
- [ ] Explain acronyms and technical words.
- [ ] Give the partner user the floor from the start.
- [ ] Remind everyone about confidentiality.

## During the project

- [ ] Ask for the partner user's view on each topic.
- [ ] Check they have what they need to take part.
- [ ] Hold the mid-project follow-up with the partnership office.

## At the end of the project

- [ ] Tell the partner user what the project led to.
- [ ] Hold the end-of-project follow-up with the partnership office.
- [ ] Fill in the post-participation survey.
- [ ] Hand over the attestation of participation.

Questions: {{coordinator}}, {{phone}}, {{email}}
`,
  },
  first_contact: {
    title: 'First contact with a possible partner user',
    body: `# A model for a first call

This model helps with the first call to a person who could become a partner user. Adapt it to your own way of speaking.

## 1. Introduce yourself

> Hello, my name is {{coordinator}}. I work at the {{office}} ({{establishment}}). Do you have a few minutes to talk?

Say how you got their name (for example: their care team or the users' committee).

## 2. Explain partnership

> We are looking for people who have used our services to help us improve them. Your experience would be very useful to us.

## 3. Present the project

- What the project is about, in a few words.
- What is expected of the person.
- The time asked, the dates and the place.
- Ways to take part: in person, by phone or by video.

## 4. Check their interest

- Is the project of interest to them?
- Are they free on the planned dates?
- Are they comfortable talking about their experience?
- Does their health allow them to commit right now?

## 5. Talk about recognition

> Your costs are paid back and you will receive an attestation of participation.

## 6. Close the call

- Offer a welcome meeting.
- Ask whether their contact details may be kept for other projects, and note the answer.
- Thank the person, even if they say no.

> Thank you very much for your time. You can reach me at {{phone}} or {{email}}.
`,
  },
};
