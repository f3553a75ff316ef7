/**
 * The actors being resolved, as columns of numbers: each actor (a cluster) is an index, and which
 * people forms and named forms it holds is kept per form, then grouped once every form is placed.
 *
 * [scale] 50,000 articles of made-up names give 330,000 actors: as an object with three growing
 * lists each (a list's first push reserves 17 slots), they took about 110 MB for the rest of the
 * run; as numbers in typed arrays, a few MB.
 */
import type { Actor } from '../../schemas/actor.js';
import type { PersonName } from '../types.js';

/** Members grouped by cluster: those of cluster c are `members[starts[c]]` up to `members[starts[c + 1]]`, ascending. */
interface Groups {
  starts: Int32Array;
  members: Int32Array;
}

export class ActorClusters {
  readonly kind: Actor['kind'][] = [];
  /** Each cluster's canonical name, once chosen. */
  readonly name: string[] = [];
  /** Per people form: the cluster whose fullest name it gives, or -1 (a name that folds to nothing). */
  private readonly ownerOf: Int32Array;
  /** Per cluster: the cluster it joined (a one-word name that is one person's surname), or -1. */
  private readonly joinedTo: number[] = [];
  /** Per named form (countries, organisations and people other stages name): its cluster. */
  private readonly namedIn: number[] = [];
  private groups: { own: Groups; joined: Groups; named: Groups } | null = null;

  constructor(peopleForms: number) {
    this.ownerOf = new Int32Array(peopleForms).fill(-1);
  }

  /** A new cluster's index. */
  add(kind: Actor['kind']): number {
    this.joinedTo.push(-1);
    return this.kind.push(kind) - 1;
  }

  /** People form `form` gives cluster `c`'s fullest name. */
  addOwn(c: number, form: number): void {
    this.ownerOf[form] = c;
  }

  /** Cluster `from`'s forms join `into` (as aliases, titles, countries, articles: not as spellings of its name). */
  join(from: number, into: number): void {
    this.joinedTo[from] = into;
  }

  /** Named form `form` (the next, numbered from 0) belongs to cluster `c`. */
  addNamed(c: number, form: number): void {
    if (form !== this.namedIn.length) throw new Error('actor clusters: named forms are added in order');
    this.namedIn.push(c);
  }

  /** Groups the forms by cluster: after this, `own`, `joined` and `named` answer, and nothing can be added. */
  seal(): void {
    const clusters = this.kind.length;
    const owner = this.ownerOf;
    const joinedTo = this.joinedTo;
    this.groups = {
      own: group(clusters, owner.length, (i) => (owner[i]! >= 0 && joinedTo[owner[i]!]! < 0 ? owner[i]! : -1)),
      joined: group(clusters, owner.length, (i) => (owner[i]! >= 0 ? joinedTo[owner[i]!]! : -1)),
      named: group(clusters, this.namedIn.length, (i) => this.namedIn[i]!),
    };
  }

  /** The people forms whose fullest name is cluster `c`'s: their spellings compete for its name. */
  own(c: number): Int32Array {
    return members(this.sealed().own, c);
  }

  /** The people forms of one-word names that joined cluster `c`. */
  joined(c: number): Int32Array {
    return members(this.sealed().joined, c);
  }

  /** The named forms of cluster `c`. */
  named(c: number): Int32Array {
    return members(this.sealed().named, c);
  }

  private sealed() {
    if (!this.groups) throw new Error('actor clusters: not sealed');
    return this.groups;
  }
}

/** Items 0..n-1 grouped by `of(i)` (a cluster, or -1 for none), ascending within each (a counting sort). */
function group(clusters: number, n: number, of: (i: number) => number): Groups {
  const starts = new Int32Array(clusters + 1);
  for (let i = 0; i < n; i++) {
    const c = of(i);
    if (c >= 0) starts[c + 1]!++;
  }
  for (let c = 0; c < clusters; c++) starts[c + 1]! += starts[c]!;
  const next = starts.slice(0, clusters);
  const out = new Int32Array(starts[clusters]!);
  for (let i = 0; i < n; i++) {
    const c = of(i);
    if (c >= 0) out[next[c]!++] = i;
  }
  return { starts, members: out };
}

function members(g: Groups, c: number): Int32Array {
  return g.members.subarray(g.starts[c]!, g.starts[c + 1]!);
}

/**
 * The people forms (each form of each person named, once per article), as columns: [scale] the
 * rows of the actors and the countries of people are made from them up to the end of assemble,
 * and 600,000 objects (50,000 articles) took some 60 MB where columns take a third of it.
 */
export class PeopleForms {
  readonly fullName: string[] = [];
  readonly name: string[] = [];
  readonly articleId: string[] = [];
  readonly count: Int32Array;
  /** Titles and countries, for the few forms that have one. */
  private readonly titles = new Map<number, string>();
  private readonly countries = new Map<number, string>();

  constructor(people: readonly PersonName[]) {
    this.count = new Int32Array(people.length);
    people.forEach((p, i) => {
      this.fullName.push(p.fullName);
      this.name.push(p.name);
      this.articleId.push(p.articleId);
      this.count[i] = p.count ?? 1;
      if (p.title) this.titles.set(i, p.title);
      if (p.country) this.countries.set(i, p.country);
    });
  }

  get length(): number {
    return this.count.length;
  }

  title(i: number): string | null {
    return this.titles.get(i) ?? null;
  }

  country(i: number): string | null {
    return this.countries.get(i) ?? null;
  }
}
