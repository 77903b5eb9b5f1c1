// A project root and its top folders → a callback per changed path (relative, forward slashes), for as long as it runs: survives files replaced by rename and folders removed and put back.
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Why not `fs.watch(folder, { recursive: true })`: on Linux, Node 20 implements it with one watch per *file*, so a save
 * that replaces the file (an editor's write-and-rename, `sed -i`, `git checkout`) leaves that watch on the old file and
 * later saves go unseen; and when the folder itself is removed, its watch ends for good, silently.
 * Here every *directory* has its own watch: a directory sees its entries replaced, created and removed whatever the
 * editor does, and the root's watch sees a top folder go and come back, when its tree is armed again.
 */
export interface TreeEvents {
  /** A path that may have changed: a file written, replaced, created or removed, or every file of a folder that (re)appeared. */
  change(rel: string): void;
  /** A watched top folder was removed (`present: false`) or has come back (`present: true`). */
  folder?(rel: string, present: boolean): void;
}

export interface TreeWatcher {
  /** Resolves when every folder that exists now is watched. */
  ready: Promise<void>;
  close(): void;
}

/** Hidden folders (.git, .cache) and editors' backup folders are never entered. */
const skipDir = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

export function watchTree(root: string, folders: readonly string[], events: TreeEvents): TreeWatcher {
  /** Watches by directory, relative to the root ('' is the root). */
  const watches = new Map<string, FSWatcher>();
  let closed = false;
  const abs = (rel: string): string => path.join(root, ...rel.split('/'));
  const join = (dir: string, name: string): string => (dir ? `${dir}/${name}` : name);

  function unwatch(rel: string): void {
    for (const [dir, w] of watches) {
      if (dir === rel || dir.startsWith(`${rel}/`)) {
        w.close();
        watches.delete(dir);
      }
    }
  }

  /** Watches `rel` and every directory under it; `report` says every file found (a folder that appeared brings its files). */
  async function arm(rel: string, report: boolean): Promise<void> {
    if (closed || watches.has(rel)) return;
    let w: FSWatcher;
    try {
      // armed before it is read, so nothing written in between is missed
      w = fsWatch(abs(rel), (_event, filename) => {
        if (filename) void entryChanged(rel, filename.toString());
      });
    } catch {
      return; // gone already: the parent's watch reports it when it comes back
    }
    w.on('error', () => {
      // the directory itself went away
      unwatch(rel);
    });
    watches.set(rel, w);
    let entries;
    try {
      entries = await readdir(abs(rel), { withFileTypes: true });
    } catch {
      unwatch(rel);
      return;
    }
    for (const e of entries) {
      const child = join(rel, e.name);
      if (e.isDirectory()) {
        if (!skipDir(e.name)) await arm(child, report);
      } else if (report) events.change(child);
    }
  }

  async function entryChanged(dir: string, name: string): Promise<void> {
    if (closed) return;
    if (dir === '' && !folders.includes(name)) return;
    const rel = join(dir, name);
    const isDir = await stat(abs(rel)).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (closed) return;
    if (isDir) {
      if (skipDir(name)) return;
      // a directory appeared, or one was replaced by another (a branch switch, a restore, a move): watch it afresh
      const known = watches.has(rel);
      unwatch(rel);
      if (dir === '' && !known) events.folder?.(rel, true);
      await arm(rel, true);
      return;
    }
    if (watches.has(rel) || (dir === '' && folders.includes(name))) {
      // a watched directory was removed or moved away
      unwatch(rel);
      if (dir === '') events.folder?.(rel, false);
      return;
    }
    events.change(rel);
  }

  // the root is watched for its top folders only: their removal and return
  try {
    const w = fsWatch(root, (_event, filename) => {
      if (filename) void entryChanged('', filename.toString());
    });
    w.on('error', () => undefined);
    watches.set('', w);
  } catch {
    // the root cannot be watched: the folders are still watched while they exist
  }
  const ready = Promise.all(folders.map((folder) => arm(folder, false))).then(() => undefined);

  return {
    ready,
    close(): void {
      closed = true;
      for (const w of watches.values()) w.close();
      watches.clear();
    },
  };
}
