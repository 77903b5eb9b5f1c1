// watchTree on a real folder: a save seen after the file was replaced by rename, after a folder was removed and put back, and in a folder that appeared.
import { cp, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchTree, type TreeWatcher } from '../../src/commands/watchTree.js';

describe('watchTree', () => {
  let root: string;
  let tree: TreeWatcher | undefined;
  let changes: string[];
  let folders: string[];

  /** Waits (at most 5 s) until `rel` has been reported since `from`. */
  async function seen(rel: string, from: number): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!changes.slice(from).includes(rel)) {
      if (Date.now() > deadline) throw new Error(`${rel} was not reported; reported: ${changes.slice(from).join(', ') || 'nothing'}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const write = (rel: string, text: string) => writeFile(path.join(root, rel), text);

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'drukwerk-watchtree-'));
    await mkdir(path.join(root, 'content/nl'), { recursive: true });
    await mkdir(path.join(root, 'content/regions'), { recursive: true });
    await write('content/nl/flyer.yaml', 'a');
    await write('content/regions/oostende.yaml', 'a');
    changes = [];
    folders = [];
    tree = watchTree(root, ['content', 'templates'], { change: (rel) => changes.push(rel), folder: (rel, present) => folders.push(`${rel} ${present ? 'back' : 'gone'}`) });
    await tree.ready;
  });
  afterEach(async () => {
    tree?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('sees a plain save', async () => {
    await write('content/nl/flyer.yaml', 'b');
    await seen('content/nl/flyer.yaml', 0);
  });

  it('keeps seeing saves of a file that an editor replaced by rename', async () => {
    for (let i = 0; i < 3; i++) {
      const mark = changes.length;
      await write('content/regions/.oostende.yaml.swp', `replaced ${i}`);
      await rename(path.join(root, 'content/regions/.oostende.yaml.swp'), path.join(root, 'content/regions/oostende.yaml'));
      await seen('content/regions/oostende.yaml', mark);
      const again = changes.length;
      await write('content/regions/oostende.yaml', `saved ${i}`);
      await seen('content/regions/oostende.yaml', again);
    }
  });

  it('sees content/ go, come back with its files, and every save after', async () => {
    await cp(path.join(root, 'content'), path.join(root, 'backup'), { recursive: true });
    await rm(path.join(root, 'content'), { recursive: true });
    const deadline = Date.now() + 5000;
    while (!folders.includes('content gone') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(folders).toEqual(['content gone']);
    const mark = changes.length;
    await cp(path.join(root, 'backup'), path.join(root, 'content'), { recursive: true });
    await seen('content/nl/flyer.yaml', mark);
    await seen('content/regions/oostende.yaml', mark);
    expect(folders).toEqual(['content gone', 'content back']);
    for (const rel of ['content/nl/flyer.yaml', 'content/regions/oostende.yaml']) {
      const after = changes.length;
      await write(rel, 'edited after the restore');
      await seen(rel, after);
    }
  });

  it('watches a folder that is moved away and back, and one that appears later', async () => {
    await rename(path.join(root, 'content/nl'), path.join(root, 'nl-elsewhere'));
    await rename(path.join(root, 'nl-elsewhere'), path.join(root, 'content/nl'));
    let mark = changes.length;
    await new Promise((r) => setTimeout(r, 100));
    await write('content/nl/flyer.yaml', 'c');
    await seen('content/nl/flyer.yaml', mark);
    mark = changes.length;
    await mkdir(path.join(root, 'templates/partials'), { recursive: true });
    await write('templates/partials/card.hbs', 'x');
    await seen('templates/partials/card.hbs', mark);
    mark = changes.length;
    await write('templates/partials/card.hbs', 'y');
    await seen('templates/partials/card.hbs', mark);
  });

  it('reports nothing once closed', async () => {
    tree!.close();
    await write('content/nl/flyer.yaml', 'd');
    await new Promise((r) => setTimeout(r, 200));
    expect(changes).toEqual([]);
  });
});
