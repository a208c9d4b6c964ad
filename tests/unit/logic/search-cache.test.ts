import { describe, expect, it } from 'vitest';
import { PartnerIndex, PartnerQuery, type SearchContext } from '../../../shared/logic';
import { partner, TODAY } from './factory';

const ctx: SearchContext = { loads: new Map(), today: TODAY, thresholds: { overloadMandates: 3, overloadHours: 60, followUpMonths: 6 } };

// The index keeps the last filtered list and the last full-text hits between keystrokes;
// these check that what it keeps never outlives a change.
describe('bank search between keystrokes', () => {
  it('answers each keystroke as a fresh index would, filters unchanged', () => {
    const people = [
      partner({ firstName: 'Hélène', lastName: 'Tremblay', language: 'fr' }),
      partner({ firstName: 'Henri', lastName: 'Tremblay', language: 'en' }),
      partner({ firstName: 'Hugo', lastName: 'Gagnon', language: 'fr' }),
    ];
    const kept = new PartnerIndex(people);
    for (const text of ['h', 'he', 'hel', 'hele', 'he', 'h t', 'h tre', 'tremblay', '']) {
      const q = { text, filters: { languages: ['fr' as const] }, sort: { key: 'name' as const, dir: 'asc' as const } };
      expect(kept.query(q, ctx), text).toEqual(new PartnerIndex(people).query(q, ctx));
    }
  });

  it('sees a person added, changed or removed since the last keystroke', () => {
    const index = new PartnerIndex([partner({ firstName: 'Hugo', lastName: 'Gagnon' })]);
    expect(index.query({ text: 'gag' }, ctx)).toHaveLength(1);
    const added = partner({ firstName: 'Lise', lastName: 'Gagné' });
    index.upsert(added);
    expect(index.query({ text: 'gag' }, ctx)).toHaveLength(2);
    index.upsert({ ...added, lastName: 'Roy' });
    expect(index.query({ text: 'gag' }, ctx)).toHaveLength(1);
    index.remove(added.id);
    expect(index.query({ text: 'roy' }, ctx)).toEqual([]);
  });
});

describe('bank shown before its full-text index', () => {
  it('finds people by the first letters of names and places at once, and by notes once built', async () => {
    const josee = partner({ firstName: 'Josée', lastName: 'Côté', community: 'Mistissini', notes: 'Préfère les appels en soirée' });
    const index = PartnerIndex.listOnly([josee, partner({ firstName: 'Hugo', lastName: 'Gagnon' })]);
    expect(index.fullTextReady).toBe(false);
    expect(index.query({ text: 'jos cot' }, ctx)).toEqual([josee.id]);
    expect(index.query({ text: 'mistis' }, ctx)).toEqual([josee.id]);
    // Changed while the index is building: the built index has the newest version.
    index.upsert({ ...josee, notes: 'Disponible le matin' });
    await index.buildFullText(1);
    expect(index.fullTextReady).toBe(true);
    expect(index.query({ text: 'soiree' }, ctx)).toEqual([]);
    expect(index.query({ text: 'matin' }, ctx)).toEqual([josee.id]);
    expect(index.query({ text: 'chibougamo' }, ctx)).toEqual([]);
  });
});

describe('a bulk change (an import) applied in place', () => {
  it('lists and finds the new people by name at once, by their notes once folded, and drops tombstones', async () => {
    const hugo = partner({ firstName: 'Hugo', lastName: 'Gagnon' });
    const index = new PartnerIndex([hugo]);
    const lise = partner({ firstName: 'Lise', lastName: 'Gagné', notes: 'Disponible le matin' });
    const folded = index.upsertMany([lise, { ...hugo, deleted: 1 }]);
    expect(index.size).toBe(1);
    expect(index.query({ text: 'gagn' }, ctx)).toEqual([lise.id]);
    expect(index.fullTextReady).toBe(false);
    await folded;
    expect(index.fullTextReady).toBe(true);
    expect(index.query({ text: 'matin' }, ctx)).toEqual([lise.id]);
  });

  it('forgives a typo only when no word starts with what was typed', () => {
    const index = new PartnerIndex([partner({ firstName: 'Rose', lastName: 'Tremblay' }), partner({ firstName: 'Paul', lastName: 'Tremblai' })]);
    expect(index.query({ text: 'tremblay' }, ctx)).toHaveLength(1);
    expect(index.query({ text: 'tremblax' }, ctx)).toHaveLength(2);
  });
});

// The word lists only grow (a changed person gets a new number) and are renumbered once
// most numbers are dead; a search must never find a person by a word they no longer have.
describe('the word lists after many changes', () => {
  const FIRST = ['Hélène', 'Henri', 'Hugo', 'Josée', 'ᒥᔅᑎᓯᓂ'];
  const LAST = ['Tremblay', 'Gagnon', 'Côté', 'Kaypasuk'];
  const people = Array.from({ length: 1500 }, (_, i) =>
    partner({
      firstName: FIRST[i % FIRST.length],
      lastName: LAST[i % LAST.length],
      community: i % 2 ? 'Mistissini' : 'Chibougamau',
      notes: i % 3 ? 'Préfère le matin' : undefined,
    }),
  );
  const TEXTS = ['h', 'he', 'hel', 'gagn', 'cote', 'mist', 'chib', 'matin', 'ouel', 'ouellet', 'ᒥᔅ', 'hugo gag', 'tremblax', 'soir'];
  const answers = (index: PartnerIndex) => TEXTS.map((text) => index.query({ text }, ctx));

  it('answers as a fresh index after one person changes, everyone is replaced, or people are removed', () => {
    const index = new PartnerIndex(people);
    index.upsert({ ...people[0]!, lastName: 'Ouellet' });
    const once = [{ ...people[0]!, lastName: 'Ouellet' }, ...people.slice(1)];
    expect(answers(index)).toEqual(answers(new PartnerIndex(once)));
    expect(index.query({ text: 'ouel' }, ctx)).toEqual([people[0]!.id]);

    // Everyone replaced (a restore): more numbers dead than alive, so the lists are rebuilt.
    const changed = people.map((p, i) => ({ ...p, lastName: i % 2 ? 'Ouellet' : p.lastName, notes: i % 2 ? 'Disponible le soir' : p.notes }));
    for (const p of changed) index.upsert(p);
    expect(answers(index)).toEqual(answers(new PartnerIndex(changed)));

    for (const p of changed.slice(0, 700)) index.remove(p.id);
    expect(answers(index)).toEqual(answers(new PartnerIndex(changed.slice(700))));
    expect(index.query({ text: 'ouellet' }, ctx)).toHaveLength(400);
  });
});

describe('the same answer twice', () => {
  it('is the same array while nobody changes, and a new one once a person changes in place', () => {
    const rose = partner({ firstName: 'Rose', lastName: 'Tremblay', community: 'Chibougamau' });
    const index = new PartnerIndex([rose, partner({ firstName: 'Paul', lastName: 'Gagnon', community: 'Mistissini' })]);
    const q = (text: string) => index.queryParsed(PartnerQuery.parse({ text }), ctx);
    const chib = q('chibou');
    expect(chib).toEqual([rose.id]);
    expect(q('chibougamau')).toBe(chib);
    // Renamed, still the only match: the list must draw her again, so not the same array.
    index.upsert({ ...rose, firstName: 'Rosalie' });
    const after = q('chibougamau');
    expect(after).toEqual([rose.id]);
    expect(after).not.toBe(chib);
  });
});
