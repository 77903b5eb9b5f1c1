// A project folder → the parsed project and its World, or the diagnostics that stop the run.
import type { Diagnostic } from '../diagnostics.js';
import { parseProject, type Project } from '../load/parseProject.js';
import { readProjectFiles } from '../load/readProjectFiles.js';
import type { World } from '../pipeline.js';
import { OutputError } from '../write/outputError.js';
import { cacheDirProblem } from '../world/storeFolder.js';
import { openStore } from '../world/store.js';

export async function openProject(root: string): Promise<{ project?: Project; world?: World; diagnostics: Diagnostic[] }> {
  // loading writes the store of parsed files: never through a .cache that leads out of the project
  const cacheProblem = cacheDirProblem(root);
  if (cacheProblem) throw new OutputError(cacheProblem);
  const store = openStore(root);
  const { files, diagnostics } = await readProjectFiles(root);
  const parsed = parseProject(files, store);
  store.save();
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.project || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  // imported on demand: commands that need no World (list, a no-op build) never load pdfkit, fontkit or sharp
  const { createWorld } = await import('../pipeline.js');
  const { world, diagnostics: worldDiagnostics } = createWorld(parsed.project);
  diagnostics.push(...worldDiagnostics);
  return { project: parsed.project, world, diagnostics };
}
