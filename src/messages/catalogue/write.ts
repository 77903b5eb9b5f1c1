// What the output side says (folders, links, locks, the manifest, why a file could not be written), in Dutch and English.
import type { Entry } from './entry.js';

export const WRITE = {
  // the place a folder must stay in
  'write.place.project': { en: (v) => (v.root ? `the project ${v.root}` : 'the project'), nl: (v) => (v.root ? `het project ${v.root}` : 'het project') },
  'write.place.outDir': { en: (v) => `the output folder ${v.dir}`, nl: (v) => `de uitvoermap ${v.dir}` },
  // folders and links
  'write.cannotCreateFolder': { en: (v) => `cannot create the folder ${v.dir}: ${v.why}`, nl: (v) => `kan de map ${v.dir} niet maken: ${v.why}` },
  'write.notAFolder': { en: (v) => `${v.dir} is a file, not a folder`, nl: (v) => `${v.dir} is een bestand, geen map` },
  'write.linkLeaves': {
    en: (v) => `${v.dir} is a link to ${v.real}, outside ${v.base}: drukwerk writes only inside the project and the output folder you choose; replace the link by a folder`,
    nl: (v) => `${v.dir} is een link naar ${v.real}, buiten ${v.base}: drukwerk schrijft alleen in het project en in de uitvoermap die je kiest; vervang de link door een map`,
  },
  'write.outDirLinkLeaves': {
    en: (v) => `the output folder ${v.dir} leads to ${v.real}, outside the project ${v.root}: replace the link by a folder, or pass --out ${v.real} to write there`,
    nl: (v) => `de uitvoermap ${v.dir} leidt naar ${v.real}, buiten het project ${v.root}: vervang de link door een map, of geef --out ${v.real} mee om daar te schrijven`,
  },
  'write.brokenLink': { en: (v) => `${v.dir} is a link that leads nowhere: remove it`, nl: (v) => `${v.dir} is een link die nergens naartoe leidt: verwijder hem` },
  'write.notInside': { en: (v) => `${v.file} is not inside ${v.base}`, nl: (v) => `${v.file} ligt niet in ${v.base}` },
  'write.cacheLinkLeaves': {
    en: (v) => `${v.dir} is a link to ${v.real}, outside the project: drukwerk keeps its cache only inside the project; remove the link (.cache is safe to delete)`,
    nl: (v) => `${v.dir} is een link naar ${v.real}, buiten het project: drukwerk bewaart zijn cache alleen in het project; verwijder de link (.cache mag je gerust verwijderen)`,
  },
  // writing
  'write.cannotWrite': {
    en: (v) => `cannot write ${v.file} in the output folder ${v.outDir}: ${v.why}`,
    nl: (v) => `kan ${v.file} niet schrijven in de uitvoermap ${v.outDir}: ${v.why}`,
  },
  'write.cannotWriteFile': { en: (v) => `cannot write ${v.file}: ${v.why}`, nl: (v) => `kan ${v.file} niet schrijven: ${v.why}` },
  'write.nothingReplaced': {
    en: (v) => `nothing was replaced: the PDFs and manifest in ${v.outDir} are as before`,
    nl: (v) => `er is niets vervangen: de PDF’s en het manifest in ${v.outDir} zijn zoals voorheen`,
  },
  'write.cannotLock': { en: (v) => `cannot write to the output folder ${v.outDir}: ${v.why}`, nl: (v) => `kan niet schrijven in de uitvoermap ${v.outDir}: ${v.why}` },
  'write.lockHeld': {
    en: (v) => `${v.pid ? `another drukwerk build (pid ${v.pid})` : 'another drukwerk build'} is writing to ${v.outDir}/; wait for it to finish or remove ${v.lock} if it crashed`,
    nl: (v) => `drukwerk is al aan het schrijven in ${v.outDir}/${v.pid ? ` (pid ${v.pid})` : ''}; wacht tot dat klaar is, of verwijder ${v.lock} als het vastgelopen is`,
  },
  // the manifest
  'write.manifestMissing': {
    en: (v) => `${v.file} does not exist: build the PDFs first (npm start, or drukwerk build --out ${v.outDir})`,
    nl: (v) => `${v.file} bestaat niet: maak eerst de PDF’s (npm start, of drukwerk build --out ${v.outDir})`,
  },
  'write.manifestNotJson': {
    en: (v) => `${v.file} is not a manifest drukwerk wrote (${v.why}): build the PDFs again`,
    nl: (v) => `${v.file} is geen manifest dat drukwerk geschreven heeft (${v.why}): maak de PDF’s opnieuw`,
  },
  'write.manifestNoFiles': { en: (v) => `${v.file} has no "files" list: build the PDFs again`, nl: (v) => `${v.file} heeft geen lijst "files": maak de PDF’s opnieuw` },
  'write.manifestEntryRejected': {
    en: (v) => `${v.file}: entry ${v.entry} (path ${v.path}) is not a PDF drukwerk writes in this folder; left out`,
    nl: (v) => `${v.file}: item ${v.entry} (pad ${v.path}) is geen PDF die drukwerk in deze map schrijft; weggelaten`,
  },
  // why: the system's error codes in words
  'write.reason.denied': { en: () => 'permission denied', nl: () => 'toegang geweigerd' },
  'write.reason.readOnly': { en: () => 'the file system is read-only', nl: () => 'het bestandssysteem is alleen-lezen' },
  'write.reason.diskFull': { en: () => 'the disk is full', nl: () => 'de schijf is vol' },
  'write.reason.quota': { en: () => 'the disk quota is exceeded', nl: () => 'je schijfquotum is op' },
  'write.reason.notDir': { en: () => 'a part of the path is a file, not a folder', nl: () => 'een deel van het pad is een bestand, geen map' },
  'write.reason.fileInTheWay': { en: () => 'a file with that name is in the way', nl: () => 'er staat al een bestand met die naam' },
  'write.reason.folderInTheWay': { en: () => 'a folder with that name is in the way', nl: () => 'er staat al een map met die naam' },
  'write.reason.tooBig': {
    en: () => 'the file is larger than the system allows (a file size limit)',
    nl: () => 'het bestand is groter dan het systeem toelaat (een grens op de bestandsgrootte)',
  },
  'write.reason.link': { en: () => 'a link is in the way', nl: () => 'er staat een link in de weg' },
  'write.reason.nameTooLong': { en: () => 'the name is too long', nl: () => 'de naam is te lang' },
  'write.reason.tooManyOpen': { en: () => 'too many files are open', nl: () => 'er staan te veel bestanden open' },
  'write.reason.noFolderThere': { en: () => 'the system does not allow a folder there', nl: () => 'het systeem laat daar geen map toe' },
} satisfies Record<string, Entry>;
