// Places in the project's files: a line and column, and the content field a value came from. Imports nothing.

/** A place in a file (template or content), 1-based. */
export interface Pos {
  file: string;
  line: number;
  column: number;
}

/** The content field a piece of text came from, e.g. `contacts.vdab.phone` at regions/oostende.yaml:12:12. */
export interface FieldRef extends Pos {
  path: string;
}
