// A project folder + filters → the options of a build that lays out and checks in this process and writes nothing (dryRun), with the shipped profile and a fixed date.
import type { RunBuildOptions } from '../../src/commands/runBuild.js';

export const inMemoryBuild = (root: string, extra: Partial<RunBuildOptions> = {}): RunBuildOptions => ({
  root,
  outDir: 'out',
  cropMarks: false,
  final: false,
  creationDate: new Date('2026-01-01T00:00:00Z'),
  profile: 'icc/FOGRA39-drukwerk.icc',
  dryRun: true,
  ...extra,
});
