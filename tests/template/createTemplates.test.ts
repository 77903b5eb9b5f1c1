import { describe, expect, it } from 'vitest';
import { createTemplates } from '../../src/template/createTemplates.js';
import { annotateTemplate } from '../../src/template/annotateTemplate.js';
import { FieldTable, sourceData, splitMarked } from '../../src/template/fieldMarkers.js';
import { withoutCodes } from '../support/withoutCodes.js';

const layout = (text: string) => ({ name: 'flyer', file: 'templates/flyer.hbs', text });

describe('annotateTemplate', () => {
  it('adds the template position to every element, outside mustaches only', () => {
    expect(annotateTemplate('<document>\n  <p>{{#if (eq a "<b>")}}x{{/if}}</p>\n</document>', 't.hbs')).toBe(
      '<document _at="t.hbs:1:1">\n  <p _at="t.hbs:2:3">{{#if (eq a "<b>")}}x{{/if}}</p>\n</document>',
    );
  });
});

describe('createTemplates', () => {
  it('names a field the content lacks, at its template line and column', () => {
    const { templates, diagnostics } = createTemplates([layout('<document>\n  <p>{{content.title}}</p>\n  <p>{{content.missing}}</p>\n</document>')], []);
    expect(diagnostics).toEqual([]);
    const result = templates.render('flyer', { content: { title: 'x' } });
    expect(result.markup).toBeUndefined();
    expect(withoutCodes(result.diagnostics)).toEqual([
      {
        severity: 'error',
        message: 'the template uses the field "missing", which the content does not have',
        file: 'templates/flyer.hbs',
        line: 3,
        column: 8,
        hint: 'add the field to the content, or guard it with {{#if …}} in the template',
      },
    ]);
  });

  it('names the partial file when the error is inside a partial', () => {
    const { templates } = createTemplates([layout('<document>{{> card}}</document>')], [{ name: 'card', file: 'templates/partials/card.hbs', text: '<p>\n{{phone}}</p>' }]);
    expect(templates.render('flyer', {}).diagnostics[0]).toMatchObject({
      file: 'templates/partials/card.hbs',
      line: 2,
      message: 'the template uses the field "phone", which the content does not have',
    });
  });

  it('reports a template syntax error at compile time', () => {
    const { diagnostics } = createTemplates([layout('<document>\n{{#if x}}\n</document>')], []);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'templates/flyer.hbs' });
    expect(diagnostics[0].message).toMatch(/^template syntax error: /);
  });

  it('escapes content so it can never inject markup, and marks which field it came from', () => {
    const fields = new FieldTable();
    const content = sourceData({ title: 'A <b>bold</b> & {{x}}' }, () => ({ file: 'content/nl/flyer.yaml', line: 3, column: 8 }), fields, '');
    const { templates } = createTemplates([layout('<document><p>{{content.title}}</p><p>{{rich content.title}}</p></document>')], []);
    const markup = templates.render('flyer', { content }).markup!;
    expect(markup).not.toContain('<b>bold');
    const segments = splitMarked(markup.replace(/<[^>]+>/g, ''), fields);
    expect(segments[0]).toEqual({ text: 'A &lt;b&gt;bold&lt;/b&gt; &amp; {{x}}', field: { file: 'content/nl/flyer.yaml', line: 3, column: 8, path: 'title' } });
  });

  it('turns **emphasis** into <b> and keeps the field on every piece', () => {
    const fields = new FieldTable();
    const content = sourceData({ t: 'Bel **gratis** naar VDAB' }, () => ({ file: 'f.yaml', line: 1, column: 1 }), fields, '');
    const { templates } = createTemplates([layout('<document>{{rich content.t}}</document>')], []);
    const markup = templates.render('flyer', { content }).markup!;
    expect(markup.replace(/[\uE000-\uE002]|[0-9a-z]+\uE001/g, '')).toBe('<document _at="templates/flyer.hbs:1:1">Bel <b>gratis</b> naar VDAB</document>');
  });

  it('keeps the prototype-access protection of Handlebars on', () => {
    const { templates } = createTemplates([layout('<document>{{content.constructor.name}}</document>')], []);
    const r = templates.render('flyer', { content: {} });
    expect(r.markup ?? '').not.toContain('Object');
  });
});
