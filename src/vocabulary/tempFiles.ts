// How drukwerk names the temporary files it writes (outputs, the store) before renaming them into place. Imports nothing.

/** Every temporary file drukwerk makes ends so; a build holding the out/ lock removes those a killed build left. */
export const TEMP_SUFFIX = '.drukwerk-tmp';
