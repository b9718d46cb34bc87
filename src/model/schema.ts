import { z } from 'zod';

/** Kebab-case, lowercase: the canonical id style of CONTRACT.md §1. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single hyphens)');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the length is the precision (CONTRACT.md §3). */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const Localized = z.strictObject({
  en: z.string().min(1),
  ja: z.string().min(1),
});

export const Source = z.strictObject({
  url: HttpUrl,
  title: z.string().min(1),
  /** Set when the source is the article: which section says it. */
  section: z.string().min(1).optional(),
  /** What in the source settles the date: a tag, a commit or a post, e.g. "tag v1.6.0 (2022-02-15)". */
  evidence: z.string().min(1).optional(),
});

const Sources = z.array(Source).min(1, 'needs at least one source');

/** A remark on a fact; `article-differs` says how the article tells it otherwise. */
export const Note = z.strictObject({
  kind: z.enum(['article-differs', 'context']),
  text: Localized,
  sources: Sources,
  /** The item's dated fields ("since", "releases.2.date") that no source settles; the text says what was looked for. */
  unsettled: z.array(z.string().min(1)).min(1).optional(),
});

export const Role = z.enum([
  'client',
  'cri',
  'engine',
  'shim',
  'oci-runtime',
  'sandbox',
  'hypervisor',
  'spec',
  'tool',
  'project',
]);

export const Release = z.strictObject({
  version: z.string().min(1),
  date: PartialDate,
  /** What this release changed in the stack, in a few words. */
  change: Localized.optional(),
  sources: Sources,
});

const Lifespan = {
  since: PartialDate,
  /** First day it is no longer there; null while it still is. */
  until: PartialDate.nullable(),
};

export const Component = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  name: z.string().min(1),
  /** Other names people search for: old names, binary names. */
  aliases: z.array(z.string().min(1)).optional(),
  role: Role,
  organisation: z.string().min(1),
  language: z.string().min(1).nullable(),
  repository: HttpUrl.optional(),
  homepage: HttpUrl.optional(),
  /** Drawn inside this component (dockershim in kubelet, the CRI plugin in containerd). */
  parent: Id.optional(),
  /** What it took over from (the CRI plugin replaced cri-containerd): shown as "replaced" in diffs. */
  replaces: z.array(Id).optional(),
  ...Lifespan,
  /** When its maintainers deprecated it: the canvas marks it from then until `until`. */
  deprecated: PartialDate.optional(),
  releases: z.array(Release).optional(),
  summary: Localized,
  notes: z.array(Note).optional(),
  sources: Sources,
});

export const Mechanism = z.enum([
  'in-process',
  'docker-api',
  'containerd-api',
  'cri-grpc',
  'oci-cli',
  'shim-v1',
  'shim-v2',
  'exec',
  'agent-rpc',
  'hypervisor',
  '9p',
  'os-api',
]);

export const Relation = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+->[a-z0-9-]+$/, 'must be <source>-><target>'),
  source: Id,
  target: Id,
  mechanism: Mechanism,
  /** main: the solid call path of the figures; secondary: their dashed arrows. */
  path: z.enum(['main', 'secondary']),
  /** From this date on a main path is only an option (LXC after Docker 0.9). */
  secondaryFrom: PartialDate.optional(),
  ...Lifespan,
  label: Localized.optional(),
  notes: z.array(Note).optional(),
  sources: Sources,
});

/** While a stack was what most Kubernetes nodes ran: the default path of the current releases. */
export const MostUsed = z.strictObject({
  ...Lifespan,
  sources: Sources,
});

export const Stack = z.strictObject({
  id: Id,
  name: Localized,
  /** The article's figure this stack redraws, e.g. "cr4". */
  figure: z.string().min(1).optional(),
  ...Lifespan,
  /** The path, top to bottom. */
  components: z.array(Id).min(1),
  relations: z.array(z.string()),
  /** Started once per container (drawn ×2 for the sandbox container and the container). */
  perContainer: z.array(Id).optional(),
  /** The story leads with this stack on these days. */
  mostUsed: MostUsed.optional(),
  notes: z.array(Note).optional(),
  sources: Sources,
});

export const EventKind = z.enum([
  'announced',
  'released',
  'renamed',
  'donated',
  'graduated',
  'default-changed',
  'deprecated',
  'removed',
  'archived',
]);

export const Event = z.strictObject({
  id: Id,
  date: PartialDate,
  kind: EventKind,
  subjects: z.array(Id).min(1),
  title: Localized,
  notes: z.array(Note).optional(),
  sources: Sources,
});

export const Meta = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be semver MAJOR.MINOR.PATCH'),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .pipe(PartialDate),
});

/** The files that hold lists: data/relations/*.json, data/stacks/*.json, data/events/*.json. */
export const RelationsFile = z.strictObject({ $schema: z.string().optional(), relations: z.array(Relation) });
export const StacksFile = z.strictObject({ $schema: z.string().optional(), stacks: z.array(Stack) });
export const EventsFile = z.strictObject({ $schema: z.string().optional(), events: z.array(Event) });

/** One entry of data/CHANGELOG.md, published so old links can say what changed since. */
export const DatasetChange = z.strictObject({
  version: Meta.shape.version,
  date: z.string(),
  notes: z.array(z.string()),
});

/** The published data/dataset.json (CONTRACT.md §3). */
export const Dataset = z.strictObject({
  schemaVersion: z.literal(1),
  version: Meta.shape.version,
  asOf: Meta.shape.asOf,
  /** Newest first, from data/CHANGELOG.md. */
  changelog: z.array(DatasetChange),
  components: z.array(Component.omit({ $schema: true })),
  relations: z.array(Relation),
  stacks: z.array(Stack),
  events: z.array(Event),
});
