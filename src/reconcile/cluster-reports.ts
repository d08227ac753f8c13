/**
 * Reports into incidents: a deterministic union over links, with the analyst's decisions first.
 * - must-links (an analyst's merge) are joined first and always;
 * - automatic links are joined strongest first (ties by report ids), unless the join would put
 *   two reports of an active cannot-link (an analyst's split) into one incident;
 * - an automatic join must also leave the incident consistent as a whole, not only the two linked
 *   reports: one country among its precisely placed reports, and its stated days within
 *   MAX_SPAN_DAYS of each other; single links would otherwise chain a month of attacks in one
 *   country into one incident through reports that give no place or no date;
 * - an incident's id is the id of its oldest report (the one stored first), so a merged incident
 *   keeps the id it had and the others answer as aliases.
 * The result depends only on the sets of reports, links and constraints, never on their order.
 */
export interface ReportNode {
  id: string;
  /** Storage order: the oldest report gives the incident its id. */
  seq: number;
  /** Country of a place known to a point, city or district, when the report has one. */
  country?: string | null;
  /** The report's date when it is a full day (YYYY-MM-DD). */
  day?: string | null;
}

/** The stated days of one incident lie within this many days of each other (a siege, a multi-day offensive's one attack). */
export const MAX_SPAN_DAYS = 4;

export interface ReportLink {
  a: string;
  b: string;
  score: number;
  manual: boolean;
}

/** Two sides that must stay apart. */
export interface CannotLink {
  left: readonly string[];
  right: readonly string[];
}

interface Summary {
  countries: Set<string>;
  first: number;
  last: number;
}

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000;
}

class Partition {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, Set<string>>();
  private readonly summaries = new Map<string, Summary>();

  constructor(nodes: Iterable<ReportNode>) {
    for (const node of nodes) {
      this.parent.set(node.id, node.id);
      this.members.set(node.id, new Set([node.id]));
      const day = node.day && /^\d{4}-\d{2}-\d{2}$/.test(node.day) ? dayNumber(node.day) : NaN;
      this.summaries.set(node.id, { countries: new Set(node.country ? [node.country] : []), first: day, last: day });
    }
  }

  /** Whether two incidents joined would still be one place and a few days. */
  consistent(a: string, b: string): boolean {
    const x = this.summaries.get(this.find(a))!;
    const y = this.summaries.get(this.find(b))!;
    const countries = new Set([...x.countries, ...y.countries]);
    if (countries.size > 1) return false;
    const first = Math.min(...[x.first, y.first].filter((d) => !Number.isNaN(d)));
    const last = Math.max(...[x.last, y.last].filter((d) => !Number.isNaN(d)));
    return !Number.isFinite(first) || last - first <= MAX_SPAN_DAYS;
  }

  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = id;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  has(id: string): boolean {
    return this.parent.has(id);
  }

  set(root: string): Set<string> {
    return this.members.get(root)!;
  }

  union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.set(ra).size < this.set(rb).size) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    for (const m of this.set(rb)) this.set(ra).add(m);
    this.members.delete(rb);
    const x = this.summaries.get(ra)!;
    const y = this.summaries.get(rb)!;
    for (const c of y.countries) x.countries.add(c);
    const days = [x.first, x.last, y.first, y.last].filter((d) => !Number.isNaN(d));
    if (days.length) { x.first = Math.min(...days); x.last = Math.max(...days); }
    this.summaries.delete(rb);
  }
}

function violates(x: Set<string>, y: Set<string>, constraints: readonly CannotLink[]): boolean {
  for (const c of constraints) {
    const xl = c.left.some((id) => x.has(id));
    const xr = c.right.some((id) => x.has(id));
    const yl = c.left.some((id) => y.has(id));
    const yr = c.right.some((id) => y.has(id));
    if ((xl && yr) || (xr && yl)) return true;
  }
  return false;
}

/** Map of report id → incident id (the id of the incident's oldest report). */
export function clusterReports(nodes: readonly ReportNode[], links: readonly ReportLink[], cannot: readonly CannotLink[] = []): Map<string, string> {
  const partition = new Partition(nodes);
  const ordered = links
    .filter((l) => partition.has(l.a) && partition.has(l.b))
    .map((l) => (l.a <= l.b ? l : { ...l, a: l.b, b: l.a }))
    .sort((x, y) => Number(y.manual) - Number(x.manual) || y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  for (const link of ordered) {
    const ra = partition.find(link.a);
    const rb = partition.find(link.b);
    if (ra === rb) continue;
    if (!link.manual && (violates(partition.set(ra), partition.set(rb), cannot) || !partition.consistent(ra, rb))) continue;
    partition.union(ra, rb);
  }
  const seq = new Map(nodes.map((n) => [n.id, n.seq]));
  const older = (x: string, y: string) => seq.get(x)! - seq.get(y)! || x.localeCompare(y);
  const out = new Map<string, string>();
  const idOfRoot = new Map<string, string>();
  for (const node of nodes) {
    const root = partition.find(node.id);
    let id = idOfRoot.get(root);
    if (id === undefined) {
      id = [...partition.set(root)].sort(older)[0]!;
      idOfRoot.set(root, id);
    }
    out.set(node.id, id);
  }
  return out;
}
