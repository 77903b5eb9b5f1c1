// Zod schemas of the content and region files → validation and the TypeScript types of the content data.
import { z } from 'zod';
import { coded, nested } from '../messages/coded.js';
import { projectPathProblem } from './projectPath.js';
import { parsePhone, PHONE_EXAMPLES } from './phoneNumber.js';

const PRIVATE_USE = /[\uE000-\uF8FF]/;

/** A line of text. Private-use characters are reserved for field markers. `**word**` marks emphasis. */
export const Text = z
  .string()
  .min(1, 'must not be empty')
  .max(4000, 'is longer than 4000 characters')
  .refine((s) => !PRIVATE_USE.test(s), 'field.privateUse');

const Status = z.enum(['concept', 'final']);
/** Why a fact must be checked before printing; `--final` lists them. */
const Verify = z.string().min(1).max(500);
const SourceIds = z.array(z.string().min(1)).max(20);

/** A web address without scheme, as printed: `www.vdab.be`, `onderwijskiezer.be/v2`. */
const WebAddress = z.string().regex(/^(?:https:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\w\-./%?=&#]*)?$/i, 'field.webAddress');
/** A Belgian phone number as people write it; the data holds it in the house style (see phoneNumber.ts). */
const Phone = z
  .string()
  .max(40, 'is longer than 40 characters')
  // for editors only (the JSON Schema): the characters a number may hold; the validator names the exact fault
  .meta({ pattern: '^\\s*(?:[Tt][Ee][Ll]:\\s*)?\\+?[0-9][0-9 ./-]*[0-9]\\s*$', description: `a Belgian phone number, such as ${PHONE_EXAMPLES} (tel: may be written)` })
  .transform((raw, ctx) => {
    const parsed = parsePhone(raw);
    if (parsed.ok) return parsed.value;
    const hint = parsed.code === 'phone.placeholder' ? 'hint.phonePlaceholder' : 'hint.phone';
    const problem = coded('field.phone', { ...nested('why', parsed), raw, examples: PHONE_EXAMPLES }, hint);
    ctx.issues.push({ code: 'custom', input: raw, message: problem.message, params: { index: parsed.index, coded: problem } });
    return z.NEVER;
  });
/** The address a QR code opens: a web address as for a contact, short enough that the flyer’s 20 mm code keeps modules a phone can read. */
const QR_ADDRESS_MAX = 120;
const QrAddress = WebAddress.refine((s) => s.length <= QR_ADDRESS_MAX, { params: { coded: coded('field.qrTooLong', { max: QR_ADDRESS_MAX }) } }).meta({
  maxLength: QR_ADDRESS_MAX,
  description: `a web address such as www.example.org/jongeren (https:// may be written; at most ${QR_ADDRESS_MAX} characters)`,
});
/**
 * An e-mail address as printed: `jeugd@example.org`. A link's `mailto:` before it (copied from a web page, any case) is dropped,
 * as a phone number's `tel:` is: the flyer prints the address and its link adds the scheme itself.
 */
const Email = z
  .string()
  .meta({ pattern: '^(?:[Mm][Aa][Ii][Ll][Tt][Oo]:)?[^\\s@:/]+@[^\\s@:/]+\\.[A-Za-z]{2,}$', description: 'an e-mail address such as jeugd@example.org (mailto: may be written)' })
  .transform((raw) => raw.replace(/^mailto:/i, ''))
  .pipe(z.string().regex(/^[^\s@:/]+@[^\s@:/]+\.[a-z]{2,}$/i, 'field.email'));
/** A file inside the project, such as images/logos/oostende.svg. */
const ProjectPath = z
  .string()
  .superRefine((p, ctx) => {
    const problem = projectPathProblem(p, ['images', 'fonts']);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { coded: problem }, continue: false });
  })
  .regex(/^(?:images|fonts)\/[\w\-./]+$/, 'field.pathInsideImagesOrFonts');
/** A logo: an image file inside images/ of a kind drukwerk places (SVG stays vector; PNG, JPEG, TIFF and WebP are converted). */
const LogoPath = ProjectPath.refine((p) => /\.(svg|png|jpe?g|tiff?|webp)$/i.test(p), 'field.logoKind');
const IconName = z.string().regex(/^[a-z0-9-]+$/, 'field.iconName');

export const Block = z
  .strictObject({
    p: Text.optional(),
    list: z.array(Text).min(1).max(40).optional(),
    table: z
      .strictObject({
        columns: z.array(Text).min(1).max(6),
        rows: z.array(z.array(Text).min(1).max(6)).min(1).max(60),
        widths: z.array(z.number().positive()).max(6).optional(),
      })
      .optional(),
    note: Text.optional(),
    heading: Text.optional(),
    verify: Verify.optional(),
    sources: SourceIds.optional(),
  })
  .refine((b) => ['p', 'list', 'table', 'note', 'heading'].filter((k) => k in b).length === 1, {
    message: 'field.oneBlockKind',
  });

export const Section = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'field.id')
    .optional(),
  heading: Text,
  icon: IconName.optional(),
  intro: Text.optional(),
  blocks: z.array(Block).max(80).default([]),
  sources: SourceIds.optional(),
});

const Source = z.strictObject({
  id: z.string().min(1),
  title: Text,
  url: z.string().url('field.url'),
  date: z.string().optional(),
  verify: Verify.optional(),
});

const Common = {
  status: Status,
  sources: z.array(Source).max(100).optional(),
  /** A translation only, written by `drukwerk translation-done`: the short hash of each Dutch text field it was translated from. */
  translates: z.record(z.string().max(300), z.string().regex(/^[0-9a-f]{8}$/, 'field.translationHash')).optional(),
};

export const Statement = z.strictObject({
  id: z.enum(['kwalificatie', 'werken', 'combineren', 'opleiding']),
  text: Text,
  icon: IconName,
  summary: Text,
});

export const SharedContent = z.strictObject({
  ...Common,
  campaign: z.strictObject({
    line: Text,
    catch: Text,
    network: Text,
    website: WebAddress,
    website_label: Text,
    partners_line: Text,
  }),
  labels: z.strictObject({
    phone: Text,
    email: Text,
    website: Text,
    address: Text,
    hours: Text,
    contacts_heading: Text,
    contents: Text,
    page: Text,
    notes: Text,
    scan: Text,
    concept: Text,
    /** The colophon: "v.u." before the responsible publisher, the word before the edition date, and what prints while the network has not named the v.u. */
    responsible_publisher: Text,
    edition: Text,
    responsible_publisher_missing: Text,
  }),
  statements: z.array(Statement).length(4),
});

export const PosterContent = z.strictObject({
  ...Common,
  headline: Text,
  catch: Text,
  call_to_action: Text,
  body: Text,
  qr_label: Text,
});

export const FlyerContent = z.strictObject({
  ...Common,
  title: Text,
  subtitle: Text,
  intro: Text,
  options_heading: Text,
  help_heading: Text,
  help: z
    .array(z.strictObject({ name: Text, text: Text, verify: Verify.optional(), sources: SourceIds.optional() }))
    .min(1)
    .max(8),
  contact_heading: Text,
  closing: Text,
});

export const Route = z.strictObject({
  name: Text,
  text: Text,
  next_step: Text.optional(),
  verify: Verify.optional(),
  sources: SourceIds.optional(),
});

export const BrochureContent = z.strictObject({
  ...Common,
  title: Text,
  subtitle: Text,
  intro: z.array(Text).min(1).max(6),
  statements: z
    .array(
      z.strictObject({
        id: z.enum(['kwalificatie', 'werken', 'combineren', 'opleiding']),
        intro: Text,
        routes: z.array(Route).min(1).max(8),
      }),
    )
    .length(4),
  sections: z.array(Section).min(1).max(20),
  back: z.strictObject({ heading: Text, text: Text }),
  notes_heading: Text,
});

export const LeidraadContent = z.strictObject({
  ...Common,
  title: Text,
  subtitle: Text,
  audience: Text,
  sections: z.array(Section).min(1).max(40),
});

export const Contact = z.strictObject({
  name: Text,
  description: Text.optional(),
  phone: Phone.optional(),
  email: Email.optional(),
  website: WebAddress.optional(),
  address: Text.optional(),
  hours: Text.optional(),
  /** `ask-at-school`: the school's own CLB, reached through the school, so it needs no phone, website, e-mail or address. */
  kind: z.enum(['ask-at-school']).optional(),
  verify: Verify.optional(),
  sources: SourceIds.optional(),
});

const regionShape = {
  name: Text,
  extends: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'field.regionId')
    .optional(),
  status: Status.optional(),
  kind: z.enum(['province', 'arrondissement', 'municipality']).optional(),
  logo: LogoPath.optional(),
  partners: z
    .array(z.strictObject({ name: Text, logo: LogoPath.optional() }))
    .max(12)
    .optional(),
  /** Contacts by id; a child region overrides or adds by id, and `null` removes an inherited one. */
  contacts: z.record(z.string().regex(/^[a-z0-9-]+$/, 'field.id'), Contact.nullable()).optional(),
  /**
   * The v.u. (verantwoordelijke uitgever) printed in every material's colophon: a person's name and address, supplied by the
   * network. A region that gives it replaces its parent's whole (never one region's name with another's address); empty
   * fields print a placeholder in concept, and `build --final` refuses them.
   */
  responsible_publisher: z.strictObject({ name: Text.nullable().optional(), address: Text.nullable().optional() }).nullable().optional(),
  /**
   * Where the QR code of each material points; without one, the campaign website. A municipality may point it to its own
   * page, as it is written (an address someone checked, never a guessed deep link); `null` goes back to the campaign website.
   */
  qr: z
    .strictObject({ poster: QrAddress.nullable().optional(), flyer: QrAddress.nullable().optional(), brochure: QrAddress.nullable().optional() })
    .meta({ description: 'The address each material’s QR code opens (poster, flyer, brochure; the leidraad has none); without one, the campaign website' })
    .optional(),
  /** Extra local text per material. */
  local: z.strictObject({ flyer: Text.optional(), brochure: Text.optional(), poster: Text.optional(), leidraad: Text.optional() }).optional(),
  sources: z.array(Source).max(100).optional(),
};

/** A region after merging its chain: every contact complete. */
export const Region = z.strictObject(regionShape);

/** A region file as written: a region that extends another may give only the contact fields it changes. */
export const RegionFile = z.strictObject({
  ...regionShape,
  contacts: z.record(z.string().regex(/^[a-z0-9-]+$/, 'field.id'), Contact.partial().nullable()).optional(),
});

/** The contact fields a region file writes in Dutch and every translated edition prints in its own language. */
export const TRANSLATED_CONTACT_FIELDS = ['description', 'hours'] as const;

/**
 * A region's text in another language (content/<lang>/regions/<id>.yaml): only the text of its Dutch file, keyed the same.
 * Names of organisations, phone numbers, addresses, e-mail and web addresses stay in the Dutch file, as written; a contact's
 * `name` is given only when it is no organisation's name but words (Dutch "Je CLB").
 */
export const RegionTranslationFile = z.strictObject({
  status: Status,
  contacts: z.record(z.string().regex(/^[a-z0-9-]+$/, 'field.id'), z.strictObject({ name: Text.optional(), description: Text.optional(), hours: Text.optional() })).optional(),
  local: z.strictObject({ flyer: Text.optional(), brochure: Text.optional(), poster: Text.optional(), leidraad: Text.optional() }).optional(),
  translates: Common.translates,
});

export type TextT = z.infer<typeof Text>;
export type SharedContentT = z.infer<typeof SharedContent>;
export type PosterContentT = z.infer<typeof PosterContent>;
export type FlyerContentT = z.infer<typeof FlyerContent>;
export type BrochureContentT = z.infer<typeof BrochureContent>;
export type LeidraadContentT = z.infer<typeof LeidraadContent>;
export type RegionT = z.infer<typeof Region>;
/** One region file's own data, before its chain is merged: a contact may be partial, or null to remove the parent's. */
export type RegionFileT = z.infer<typeof RegionFile>;
export type ContactT = z.infer<typeof Contact>;
export type RegionTranslationT = z.infer<typeof RegionTranslationFile>;

export const contentSchemas = {
  shared: SharedContent,
  poster: PosterContent,
  flyer: FlyerContent,
  brochure: BrochureContent,
  leidraad: LeidraadContent,
} as const;
