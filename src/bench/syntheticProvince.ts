// The shipped project → a copy in a temporary folder with a region per West-Flemish municipality (content-facts §6), each with a few clearly fake contacts and their French, English and Arabic text: the benchmark's province.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { textHash } from '../load/checkTranslations.js';

/** The 62 municipalities of West-Vlaanderen from 1 January 2025, by arrondissement (content-facts.md §6). */
export const MUNICIPALITIES = [
  'Beernem',
  'Blankenberge',
  'Brugge',
  'Damme',
  'Jabbeke',
  'Knokke-Heist',
  'Oostkamp',
  'Torhout',
  'Zedelgem',
  'Zuienkerke',
  'Bredene',
  'De Haan',
  'Gistel',
  'Ichtegem',
  'Middelkerke',
  'Oostende',
  'Oudenburg',
  'Anzegem',
  'Avelgem',
  'Deerlijk',
  'Harelbeke',
  'Kortrijk',
  'Kuurne',
  'Lendelede',
  'Menen',
  'Spiere-Helkijn',
  'Waregem',
  'Wevelgem',
  'Zwevegem',
  'Hooglede',
  'Ingelmunster',
  'Izegem',
  'Ledegem',
  'Lichtervelde',
  'Moorslede',
  'Roeselare',
  'Staden',
  'Ardooie',
  'Dentergem',
  'Oostrozebeke',
  'Pittem',
  'Tielt',
  'Wielsbeke',
  'Wingene',
  'Heuvelland',
  'Ieper',
  'Langemark-Poelkapelle',
  'Mesen',
  'Poperinge',
  'Vleteren',
  'Wervik',
  'Zonnebeke',
  'Diksmuide',
  'Houthulst',
  'Koekelare',
  'Kortemark',
  'Lo-Reninge',
  'Alveringem',
  'De Panne',
  'Koksijde',
  'Nieuwpoort',
  'Veurne',
];

export const regionId = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Short enough for the contact cards (a long unbreakable web address crosses the brochure's safe zone). */
const host = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 12);

/** Made-up services, each description with its French, English and Arabic text (the flyer and brochure print no Dutch region text). */
const SERVICES = [
  {
    key: 'jeugddienst',
    name: (g: string) => `Jeugddienst ${g}`,
    description: 'Vrije tijd, vakantiejobs en een luisterend oor.',
    translated: { fr: 'Loisirs, jobs de vacances et une oreille attentive.', en: 'Free time, holiday jobs and a listening ear.', ar: 'وقت الفراغ وأعمال العطلة وأذن صاغية.' },
  },
  {
    key: 'ocmw',
    name: (g: string) => `Sociaal Huis ${g}`,
    description: 'Hulp bij geld, wonen en papieren.',
    translated: { fr: "Aide pour l'argent, le logement et les papiers.", en: 'Help with money, housing and paperwork.', ar: 'مساعدة في المال والسكن والأوراق.' },
  },
  {
    key: 'werkwinkel',
    name: (g: string) => `Werkwinkel ${g}`,
    description: 'Werk of een opleiding die bij je past.',
    translated: { fr: 'Un emploi ou une formation qui te convient.', en: 'Work or training that suits you.', ar: 'عمل أو تكوين يناسبك.' },
  },
  {
    key: 'leerpunt',
    name: (g: string) => `Leerpunt ${g}`,
    description: 'Studieadvies, op afspraak.',
    translated: { fr: "Conseils d'études, sur rendez-vous.", en: 'Study advice, by appointment.', ar: 'استشارة دراسية، بموعد.' },
  },
  {
    key: 'buurtwerk',
    name: (g: string) => `Buurtwerk ${g}`,
    description: 'Een begeleider in je buurt.',
    translated: { fr: 'Un accompagnateur près de chez toi.', en: 'A counsellor in your neighbourhood.', ar: 'مرافق في حيّك.' },
  },
];
type Lang = keyof (typeof SERVICES)[number]['translated'];
const LANGS: Lang[] = ['fr', 'en', 'ar'];

/** A municipality's region file: extends the province, 3–5 made-up contacts (fake names, example.org websites; no phone numbers: a made-up one could be someone's). */
export function municipalityYaml(name: string, index: number): string {
  const count = 3 + (index % 3);
  const contacts = SERVICES.slice(0, count)
    .map((s, i) => [`  ${s.key}:`, `    name: "${s.name(name)}"`, `    description: "${s.description}"`, `    website: "www.${host(name)}.example.org"`].join('\n'))
    .join('\n');
  return `# synthetic benchmark region: made-up contacts, not real\nstatus: concept\nname: "${name}"\nextends: west-vlaanderen\nkind: municipality\ncontacts:\n  clb: null\n  onderwijskiezer: null\n  leerwinkel: null\n  awel: null\n${contacts}\n`;
}

/** A municipality's text in a translated language (content/<lang>/regions/<id>.yaml), recorded as translated from its Dutch descriptions. */
export function municipalityTextYaml(index: number, lang: Lang): string {
  const services = SERVICES.slice(0, 3 + (index % 3));
  const contacts = services.map((s) => `  ${s.key}:\n    description: ${JSON.stringify(s.translated[lang])}`).join('\n');
  const translates = services.map((s) => `  contacts.${s.key}.description: "${textHash(s.description)}"`).join('\n');
  return `# synthetic benchmark region: made-up contacts, not real\nstatus: concept\ncontacts:\n${contacts}\ntranslates:\n${translates}\n`;
}

/** The municipalities' names, then numbered copies of them ("Brugge 2", …) until there are `count`: the scale case builds the same province several times over. */
export function municipalityNames(count: number = MUNICIPALITIES.length): string[] {
  return Array.from({ length: count }, (_, i) => {
    const round = Math.floor(i / MUNICIPALITIES.length);
    // biome-ignore lint/style/noNonNullAssertion: i % length is an index of the list
    const name = MUNICIPALITIES[i % MUNICIPALITIES.length]!;
    return round === 0 ? name : `${name} ${round + 1}`;
  });
}

/** Copies the project at `from` into a new temporary folder and adds `count` municipalities (the shipped ones, such as oostende, are kept as they are). */
export async function syntheticProvince(from: string, count: number = MUNICIPALITIES.length): Promise<{ root: string; regions: string[] }> {
  const root = await mkdtemp(path.join(tmpdir(), 'drukwerk-bench-'));
  for (const part of ['content', 'templates', 'fonts', 'icc', 'images']) await cp(path.join(from, part), path.join(root, part), { recursive: true }).catch(() => undefined);
  const regions: string[] = [];
  for (const [i, name] of municipalityNames(count).entries()) {
    const id = regionId(name);
    regions.push(id);
    const written = await writeFile(path.join(root, 'content', 'regions', `${id}.yaml`), municipalityYaml(name, i), { flag: 'wx' }).then(
      () => true,
      () => false,
    );
    // a shipped region (oostende) keeps its own translations
    if (!written) continue;
    for (const lang of LANGS.filter((l) => existsSync(path.join(root, 'content', l)))) {
      await mkdir(path.join(root, 'content', lang, 'regions'), { recursive: true });
      await writeFile(path.join(root, 'content', lang, 'regions', `${id}.yaml`), municipalityTextYaml(i, lang));
    }
  }
  return { root, regions };
}
