// The four materials a project makes. Imports nothing: the command line names them in its help without loading the content schemas.

export const MATERIALS = ['poster', 'flyer', 'brochure', 'leidraad'] as const;
export type Material = (typeof MATERIALS)[number];
