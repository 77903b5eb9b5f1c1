// The edition date: SOURCE_DATE_EPOCH, else the project's last git commit, else the month of its newest file (a copy or a ZIP has no history).
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creationDate } from '../../src/commands/creationDate.js';

let root: string;
const put = (rel: string, time: string): void => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x');
  utimesSync(file, new Date(time), new Date(time));
};
const NO_EPOCH = { SOURCE_DATE_EPOCH: undefined };

describe('the edition date of a project outside git', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'drukwerk-edition-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the first of the month of its newest file in content, templates, fonts or images (UTC), not a fixed January 2026', () => {
    put('content/regions/brugge.yaml', '2026-11-17T09:30:00Z');
    put('templates/flyer.hbs', '2026-03-02T10:00:00Z');
    expect(creationDate(root, NO_EPOCH).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    put('images/logos/brugge.png', '2027-02-03T23:59:00Z');
    expect(creationDate(root, NO_EPOCH).toISOString()).toBe('2027-02-01T00:00:00.000Z');
  });

  it('does not change with a save in the same month (a rebuild under watch stays a rebuild of what changed)', () => {
    put('content/regions/brugge.yaml', '2026-12-01T00:00:01Z');
    const before = creationDate(root, NO_EPOCH).toISOString();
    put('content/regions/brugge.yaml', '2026-12-31T23:00:00Z');
    expect(creationDate(root, NO_EPOCH).toISOString()).toBe(before);
  });

  it('leaves out files elsewhere in the project (out/, .cache/) and yields to SOURCE_DATE_EPOCH', () => {
    put('content/a.yaml', '2026-05-05T12:00:00Z');
    put('out/manifest.json', '2030-01-01T00:00:00Z');
    put('.cache/x', '2030-01-01T00:00:00Z');
    expect(creationDate(root, NO_EPOCH).toISOString()).toBe('2026-05-01T00:00:00.000Z');
    expect(creationDate(root, { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('is 1 January 2026 for a folder with none of those files', () => {
    expect(creationDate(root, NO_EPOCH).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
