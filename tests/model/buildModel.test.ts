import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/model/parseMarkup.js';
import { buildModel } from '../../src/model/buildModel.js';
import { FieldTable } from '../../src/template/fieldMarkers.js';
import { annotateTemplate } from '../../src/template/annotateTemplate.js';
import { mm } from '../../src/units.js';

function model(template: string, fields = new FieldTable()) {
  const parsed = parseMarkup(annotateTemplate(template, 'templates/t.hbs'), 'templates/t.hbs');
  expect(parsed.diagnostics).toEqual([]);
  return buildModel(parsed.root!, { fields, colors: new Set(['ink', 'navy']), styles: new Set(['body', 'lead']), lang: 'nl' });
}

describe('buildModel', () => {
  it('builds pages, frames and blocks with lengths in points and template positions', () => {
    const { document, diagnostics } = model(
      '<document material="flyer" title="T" size="A5" page-count="2">\n<page name="recto">\n<frame name="intro" x="12" y="20" width="124" height="30" min-scale="0.9">\n<h1>Kop</h1>\n<p style="lead">Een <b>vette</b>  tekst</p>\n</frame>\n</page>\n</document>',
    );
    expect(diagnostics).toEqual([]);
    expect(document!.width).toBeCloseTo(mm(148), 6);
    expect(document!.pageCount).toBe(2);
    const page = document!.sequence[0];
    expect(page.kind).toBe('page');
    const frame = (page as any).children[0];
    expect(frame).toMatchObject({ kind: 'frame', name: 'intro', minScale: 0.9, template: { file: 'templates/t.hbs', line: 3, column: 1 } });
    expect(frame.x).toBeCloseTo(mm(12), 6);
    expect(frame.blocks[1].inlines.map((r: any) => [r.text, r.bold])).toEqual([
      ['Een ', false],
      ['vette', true],
      [' tekst', false],
    ]);
  });

  it('names unknown elements, attributes, colours and styles at their template line', () => {
    const parsed = parseMarkup(
      annotateTemplate(
        '<document material="m" title="t">\n<page>\n<frame name="f" x="1" y="1" width="1" height="1" colour="navy">\n<para>x</para>\n<p style="huge">y</p>\n</frame>\n<shape x="0" y="0" width="1" height="1" fill="pink"/>\n</page>\n</document>',
        'templates/t.hbs',
      ),
      'templates/t.hbs',
    );
    const { diagnostics } = buildModel(parsed.root!, { fields: new FieldTable(), colors: new Set(['ink', 'navy']), styles: new Set(['body']), lang: 'nl' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:1 <frame> has no attribute "colour"',
      '4:1 <para> is not allowed in a text area',
      '5:1 <p> uses the style "huge", which the theme does not define',
      '7:1 <shape> uses the colour "pink", which the theme does not define',
    ]);
  });

  it('reports broken markup at the template line of the enclosing element', () => {
    const { diagnostics } = parseMarkup(annotateTemplate('<document material="m" title="t">\n<page>\n<p>x</page>\n</document>', 'templates/t.hbs'), 'templates/t.hbs');
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'templates/t.hbs', line: 3 });
    expect(diagnostics[0].message).toMatch(/^the template produced broken markup: /);
  });
  it("reads a page's furniture, a frame's fit group, a flow's wide measure and wide blocks; a furniture that names no flow is an error at the page", () => {
    const ok = model(
      '<document material="m" title="t">\n<flow name="main" x="26" y="22" width="124" wide-width="166" height="250" running-head="Kop">\n<table wide="true"><row><cell>a</cell></row></table>\n</flow>\n<page name="notes" furniture="main"><frame name="a" x="1" y="1" width="9" height="9" fit-group="cards"/></page>\n</document>',
    );
    expect(ok.diagnostics).toEqual([]);
    const [flow, page] = ok.document!.sequence as any[];
    expect(page.children[0]).toMatchObject({ kind: 'frame', fitGroup: 'cards' });
    expect(flow.wideWidth).toBeCloseTo(mm(166), 6);
    expect(flow.blocks[0]).toMatchObject({ kind: 'table', wide: true });
    expect(page).toMatchObject({ kind: 'page', furniture: 'main' });
    const parsed = parseMarkup(annotateTemplate('<document material="m" title="t">\n<page name="notes" furniture="mian"/>\n</document>', 'templates/t.hbs'), 'templates/t.hbs');
    const { diagnostics } = buildModel(parsed.root!, { fields: new FieldTable(), colors: new Set(['ink']), styles: new Set(['body']), lang: 'nl' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['2:1 <page furniture="mian"> names no <flow> of this document']);
  });
  it('reads a fill: its panel colour, padding, valign, ruled lines and least height', () => {
    const { document, diagnostics } = model(
      '<document material="m" title="t">\n<flow name="main" x="10" y="10" width="100" height="200">\n<p>Tekst</p>\n<fill fill="navy" padding="3" valign="bottom" ruled="8" rule-color="ink" min-height="40"><p>Notities</p></fill>\n</flow>\n</document>',
    );
    expect(diagnostics).toEqual([]);
    const fill = (document!.sequence[0] as any).blocks[1];
    expect(fill).toMatchObject({ kind: 'fill', fill: 'navy', valign: 'bottom', ruleColor: 'ink', ruleWeight: 0.5 });
    expect(fill.padding).toBeCloseTo(mm(3), 6);
    expect(fill.ruled).toBeCloseTo(mm(8), 6);
    expect(fill.minHeight).toBeCloseTo(mm(40), 6);
    expect(fill.blocks).toHaveLength(1);
  });
});
