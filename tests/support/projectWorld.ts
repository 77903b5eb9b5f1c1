// A project folder → its World (parsed content, fonts, templates), for tests that model and lay out jobs themselves; fails loudly when the project does not open.
import { openWorld, type World } from '../../src/pipeline.js';
import { readProjectFiles } from '../../src/load/readProjectFiles.js';

export async function projectWorld(root: string): Promise<World> {
  const { files } = await readProjectFiles(root);
  const { world, diagnostics } = openWorld(files);
  if (!world) throw new Error(`${root} does not open:\n${diagnostics.map((d) => `${d.file ?? ''}:${d.line ?? ''} ${d.message}`).join('\n')}`);
  return world;
}
