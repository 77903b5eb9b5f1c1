// affectedJobs: which builds a saved file touches — a region and the regions extending it, a material in a language, or everything.
import { describe, expect, it } from 'vitest';
import { affectedJobs, type ProjectShape } from '../../src/commands/watchAffected.js';

const project: ProjectShape = {
  regions: new Map([
    ['west-vlaanderen', { chain: ['west-vlaanderen'] }],
    ['kust', { chain: ['kust', 'west-vlaanderen'] }],
    ['oostende', { chain: ['oostende', 'kust', 'west-vlaanderen'] }],
    ['brugge', { chain: ['brugge', 'west-vlaanderen'] }],
  ]),
  languages: new Map([
    ['nl', {}],
    ['fr', {}],
  ]),
};

describe('affectedJobs', () => {
  it('a region file → that region and every region that extends it, directly or further down, all materials', () => {
    expect(affectedJobs(['content/regions/oostende.yaml'], project)).toEqual([{ regions: ['oostende'] }]);
    expect(affectedJobs(['content/regions/kust.yaml'], project)).toEqual([{ regions: ['kust', 'oostende'] }]);
    expect(affectedJobs(['content/regions/west-vlaanderen.yaml'], project)).toEqual([{ regions: ['brugge', 'kust', 'oostende', 'west-vlaanderen'] }]);
  });

  it('a new region file, not yet in the project, → that region by id', () => {
    expect(affectedJobs(['content/regions/middelkerke.yaml'], project)).toEqual([{ regions: ['middelkerke'] }]);
  });

  it('a region’s translation → that region and every region that extends it, in that language only', () => {
    expect(affectedJobs(['content/fr/regions/kust.yaml'], project)).toEqual([{ regions: ['kust', 'oostende'], langs: ['fr'] }]);
    expect(affectedJobs(['content/fr/regions/middelkerke.yaml'], project)).toEqual([{ regions: ['middelkerke'], langs: ['fr'] }]);
    expect(affectedJobs(['content/fr/regions/oostende.yaml'], project, { langs: ['nl'] })).toEqual([]);
  });

  it('a material content file → that material in that language, for every region', () => {
    expect(affectedJobs(['content/nl/flyer.yaml'], project)).toEqual([{ materials: ['flyer'], langs: ['nl'] }]);
  });

  it('shared content → everything in that language', () => {
    expect(affectedJobs(['content/nl/shared.yaml'], project)).toEqual([{ langs: ['nl'] }]);
  });

  it('a material’s layout → that material; a partial, the theme, fonts, images or icc → everything', () => {
    expect(affectedJobs(['templates/poster.hbs'], project)).toEqual([{ materials: ['poster'] }]);
    for (const f of ['templates/partials/contacts.hbs', 'templates/theme.yaml', 'fonts/Inter-Bold.otf', 'images/logos/oostende.svg', 'icc/FOGRA39-drukwerk.icc']) {
      expect(affectedJobs([f], project), f).toEqual([{}]);
    }
    expect(affectedJobs(['content/regions/oostende.yaml', 'templates/theme.yaml', 'content/nl/flyer.yaml'], project)).toEqual([{}]);
  });

  it('narrows every change to the user’s own filters, and drops what falls outside them', () => {
    const base = { materials: ['flyer'], editions: ['print' as const] };
    expect(affectedJobs(['content/regions/kust.yaml'], project, base)).toEqual([{ regions: ['kust', 'oostende'], materials: ['flyer'], editions: ['print'] }]);
    expect(affectedJobs(['templates/theme.yaml'], project, base)).toEqual([base]);
    expect(affectedJobs(['content/nl/brochure.yaml'], project, base)).toEqual([]);
    expect(affectedJobs(['content/regions/brugge.yaml'], project, { regions: ['oostende'] })).toEqual([]);
  });

  it('several changes → one filter each, without repeats', () => {
    expect(affectedJobs(['content/regions/oostende.yaml', 'content/nl/flyer.yaml', 'content/regions/oostende.yaml'], project)).toEqual([
      { regions: ['oostende'] },
      { materials: ['flyer'], langs: ['nl'] },
    ]);
  });

  it('editor droppings and unrelated files trigger nothing', () => {
    expect(affectedJobs(['content/regions/.oostende.yaml.swp', 'content/regions/oostende.yaml~', 'templates/4913', 'content/nl/notes.txt'], project)).toEqual([]);
  });
});
