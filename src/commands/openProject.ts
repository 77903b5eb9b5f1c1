// A project folder → the parsed project, or the diagnostics that stop the run (what `list` and the checks of a project need: no World, so no fonts, templates or pdfkit loaded).
import type { Diagnostic } from '../diagnostics.js';
import { parseProject, type Project } from '../load/parseProject.js';
import { readProjectFiles } from '../load/readProjectFiles.js';
import { OutputError } from '../write/outputError.js';
import { cacheDirProblem } from '../world/storeFolder.js';
import { openStore } from '../world/store.js';

export async function openProject(root: string): Promise<{ project?: Project; diagnostics: Diagnostic[] }> {
  // loading writes the store of parsed files: never through a .cache that leads out of the project
  const cacheProblem = cacheDirProblem(root);
  if (cacheProblem) throw new OutputError(cacheProblem);
  const store = openStore(root);
  const { files, diagnostics } = await readProjectFiles(root);
  const parsed = parseProject(files, store);
  store.save();
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.project || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { project: parsed.project, diagnostics };
}
