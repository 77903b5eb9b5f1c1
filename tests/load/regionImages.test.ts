// A refused image (SVG too deep, absurd size, not an image) → one error: at the region's logo line that names it, with the spot in the image; at the image when nobody names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/commands/runBuild.js';
import { withoutOpenContacts } from '../support/openContacts.js';
import { tempProject, type TempProject } from '../support/tempProject.js';

const REGION = 'content/regions/oostende.yaml';

describe('refused images, reported once', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject();
    await project.write('images/logos/huge.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="1e308" height="10"><rect width="10" height="10"/></svg>\n');
    await project.write('images/logos/deep.svg', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n${'<g>'.repeat(5_000)}${'</g>'.repeat(5_000)}</svg>\n`);
    await project.write('images/logos/text.png', 'not a picture');
    await project.write('images/unused.svg', '<svg xmlns="http://www.w3.org/2000/svg" height="NaN"/>\n');
    await project.replace(
      REGION,
      'kind: municipality\n',
      'kind: municipality\nlogo: images/logos/huge.svg\npartners:\n  - name: "A"\n    logo: images/logos/deep.svg\n  - name: "B"\n    logo: images/logos/text.png\n',
    );
  });
  afterAll(() => project.dispose());

  it('a logo at the line that names it, with the spot in the SVG; an image nobody names at the image', async () => {
    const { project: loaded, diagnostics } = await loadProject(project.root);
    expect(loaded).toBeUndefined();
    const rows = withoutOpenContacts(diagnostics).map((d) => [d.file, d.line, d.column, d.field, d.message]);
    expect(rows).toEqual([
      [REGION, 6, 7, 'logo', 'the logo "images/logos/huge.svg" cannot be used: the SVG\'s width="1e308" is not a size drukwerk can draw (a positive number up to 100000) (images/logos/huge.svg:1:41)'],
      [REGION, 9, 11, 'partners[0].logo', 'the logo "images/logos/deep.svg" cannot be used: the SVG nests elements more than 100 levels deep; not drawn (images/logos/deep.svg:2:298)'],
      [REGION, 11, 11, 'partners[1].logo', 'the logo "images/logos/text.png" cannot be used: the file is not an image drukwerk can read (png, jpg, tif, webp or svg)'],
      ['images/unused.svg', 1, 41, undefined, 'the SVG\'s height="NaN" is not a size drukwerk can draw (a positive number up to 100000)'],
    ]);
  });
});
