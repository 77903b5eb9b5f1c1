// Message values → the sentences of the output side (folders, links, locks, manifest, pruning), in one place so a catalogue can take them over.

export const WRITE_MESSAGES = {
  cannotCreateFolder: (dir: string, why: string) => `cannot create the folder ${dir}: ${why}`,
  notAFolder: (dir: string) => `${dir} is a file, not a folder`,
  linkLeaves: (dir: string, real: string, base: string) =>
    `${dir} is a link to ${real}, outside ${base}: drukwerk writes only inside the project and the output folder you choose; replace the link by a folder`,
  outDirLinkLeaves: (dir: string, real: string, root: string) =>
    `the output folder ${dir} leads to ${real}, outside the project ${root}: replace the link by a folder, or pass --out ${real} to write there`,
  brokenLink: (dir: string) => `${dir} is a link that leads nowhere: remove it`,
  notInside: (file: string, base: string) => `${file} is not inside ${base}`,
  cannotWrite: (rel: string, outDir: string, why: string) => `cannot write ${rel} in the output folder ${outDir}: ${why}`,
  cannotWriteFile: (file: string, why: string) => `cannot write ${file}: ${why}`,
  nothingReplaced: (outDir: string) => `nothing was replaced: the PDFs and manifest in ${outDir} are as before`,
  cannotLock: (outDir: string, why: string) => `cannot write to the output folder ${outDir}: ${why}`,
  lockHeld: (pid: number, outDir: string, lock: string) =>
    `${pid > 0 ? `another drukwerk build (pid ${pid})` : 'another drukwerk build'} is writing to ${outDir}/; wait for it to finish or remove ${lock} if it crashed`,
  cacheLinkLeaves: (dir: string, real: string) =>
    `${dir} is a link to ${real}, outside the project: drukwerk keeps its cache only inside the project; remove the link (.cache is safe to delete)`,
  manifestMissing: (file: string, outDir: string) => `${file} does not exist: build the PDFs first (npm start, or drukwerk build --out ${outDir})`,
  manifestNotJson: (file: string, why: string) => `${file} is not a manifest drukwerk wrote (${why}): build the PDFs again`,
  manifestNoFiles: (file: string) => `${file} has no "files" list: build the PDFs again`,
  manifestEntryRejected: (file: string, index: number, pathText: string) =>
    `${file}: entry ${index + 1} (path ${pathText}) is not a PDF drukwerk writes in this folder; left out`,
  pruned: (count: number, outDir: string) => `removed ${count} PDF(s) no longer in the project from ${outDir}/:`,
  unlisted: (count: number) => `${count} PDF(s) no longer in the project were changed since drukwerk wrote them: left in place, no longer listed in manifest.json:`,
} as const;
