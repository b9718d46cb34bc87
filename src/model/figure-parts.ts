import { startDay } from './dates';
import type { DrawnRelation, Snapshot } from './snapshot';
import type { Component, Stack } from './types';

/**
 * How the article's figures draw each call of a stack:
 * - call: down the page, solid on the main path, dashed on a secondary one;
 * - control: a runtime steering a part out of band (runsc ..> Sentry, kata-runtime ..> QEMU), dashed, along the side;
 * - boot: a hypervisor running the VM (drawn into the VM frame, not into the part inside it);
 * - context: a second client outside the path (Docker ..> containerd), dashed.
 */
export type CallKind = 'call' | 'control' | 'boot' | 'context';

/**
 * Figures that draw Docker as a second, dashed client of containerd (the article's cr6, cr8, cr9
 * and gVisor figures). cr5 draws one too, but its stack notes why the dataset leaves it out
 * (Docker then ran its own containerd 0.2); cr10 does not draw one.
 */
const SECOND_CLIENT: Record<string, string[]> = {
  cr6: ['docker->containerd'],
  cr8: ['docker->containerd'],
  cr9: ['docker->containerd'],
  gvisor: ['docker->containerd'],
};

export interface FigureParts {
  components: Component[];
  /** Docker and the like: drawn beside the stack, outside it. */
  context: Component[];
  calls: { drawn: DrawnRelation; kind: CallKind }[];
  /** Inside the VM a hypervisor boots: the in-VM parts (kata-agent, and runc under Firecracker's agent). */
  inVm: Set<string>;
  /** What boots the VM, and what it in turn uses (Firecracker, KVM): drawn under the VM. */
  underVm: Set<string>;
  /** Sandbox parts the containers run on, off the main path (gVisor's Sentry and Gofer, Nabla's Rumprun). */
  runsOn: Set<string>;
  /** The part the Pod hangs from. */
  leaf: Component | undefined;
  /** CRI-row parts that implement the CRI (rktnetes, in that row, predates it). */
  implementsCri: Set<string>;
}

const isRuntime = (c: Component | undefined) => c?.role === 'oci-runtime' || c?.role === 'shim';

function reach(from: Iterable<string>, next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...next(id));
  }
  return seen;
}

/** The stack's parts on the snapshot's day, sorted into the places the article's figures give them. */
export function figureParts(snapshot: Snapshot, stack: Stack): FigureParts {
  const order = (id: string) => stack.components.indexOf(id);
  const components = snapshot.components
    .filter((c) => order(c.id) >= 0)
    .sort((a, b) => order(a.id) - order(b.id));
  const byId = new Map(components.map((c) => [c.id, c]));
  const kindOf = ({ relation, path }: DrawnRelation): CallKind => {
    const [source, target] = [byId.get(relation.source), byId.get(relation.target)];
    if (relation.mechanism === 'hypervisor' && source?.role === 'hypervisor' && target?.role === 'sandbox')
      return 'boot';
    return path === 'secondary' && isRuntime(source) ? 'control' : 'call';
  };
  const calls = snapshot.relations
    .filter((r) => stack.relations.includes(r.relation.id))
    .map((drawn) => ({ drawn, kind: kindOf(drawn) }));

  const extra = new Set(stack.figure ? (SECOND_CLIENT[stack.figure] ?? []) : []);
  const contextCalls = snapshot.relations.filter(
    (r) => extra.has(r.relation.id) && byId.has(r.relation.target) && !byId.has(r.relation.source),
  );
  const context = contextCalls.map((r) => snapshot.components.find((c) => c.id === r.relation.source)!);
  calls.push(...contextCalls.map((drawn) => ({ drawn, kind: 'context' as const })));

  const callsFrom = (id: string, main = false) =>
    calls
      .filter(
        (c) => c.kind === 'call' && c.drawn.relation.source === id && (!main || c.drawn.path === 'main'),
      )
      .map((c) => c.drawn.relation.target);
  const booters = calls.filter((c) => c.kind === 'boot').map((c) => c.drawn.relation.source);
  const inVm = reach(
    calls.filter((c) => c.kind === 'boot').map((c) => c.drawn.relation.target),
    (id) => callsFrom(id),
  );
  const underVm = new Set([...reach(booters, (id) => callsFrom(id))].filter((id) => !inVm.has(id)));
  const reached = reach(
    components.slice(0, 1).map((c) => c.id),
    (id) => callsFrom(id, true),
  );
  const leadsIntoVm = (id: string) => [...reach([id], (x) => callsFrom(x))].some((x) => inVm.has(x));
  const runsOn = new Set(
    components
      .filter((c) => c.role === 'sandbox' && !inVm.has(c.id) && !reached.has(c.id) && !leadsIntoVm(c.id))
      .map((c) => c.id),
  );

  // The deepest runtime or sandbox part on the main path (else the deepest part it reaches).
  const depth = new Map<string, number>();
  const walk = (id: string, d: number) => {
    if ((depth.get(id) ?? -1) >= d || d > components.length) return;
    depth.set(id, d);
    for (const next of callsFrom(id, true)) walk(next, d + 1);
  };
  if (components[0]) walk(components[0].id, 0);
  const deepest = (list: Component[]) =>
    list.sort((a, b) => (depth.get(b.id) ?? -1) - (depth.get(a.id) ?? -1))[0];
  const candidates = components.filter((c) => reached.has(c.id) && !underVm.has(c.id));
  const leaf =
    deepest(candidates.filter((c) => c.role === 'sandbox' || c.role === 'oci-runtime')) ??
    deepest(candidates);
  // Called over CRI gRPC, or born with the CRI or after it (dockershim is called in-process).
  const criSince = snapshot.components.find((c) => c.id === 'cri')?.since;
  const overCri = new Set(
    snapshot.relations.filter((r) => r.relation.mechanism === 'cri-grpc').map((r) => r.relation.target),
  );
  const bornWithCri = (c: Component) => criSince !== undefined && startDay(c.since) >= startDay(criSince);
  const implementsCri = new Set(
    components.filter((c) => c.role === 'cri' && (overCri.has(c.id) || bornWithCri(c))).map((c) => c.id),
  );
  return { components, context, calls, inVm, underVm, runsOn, leaf, implementsCri };
}
