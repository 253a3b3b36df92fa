/**
 * Finds glossary terms in text: one Aho-Corasick automaton over every written
 * form of every active term (Simplified, Traditional, Taiwan and Hong Kong
 * forms, English names and aliases), so a term is found whatever script or
 * region the page is in, and before or after conversion.
 *
 * Comparison rules:
 * - Text and forms are compared after folding full-width ASCII to half-width
 *   (Ｈ２００ is H200). Lengths do not change, so offsets are page offsets.
 * - Latin letters are compared exactly unless the term says
 *   `caseSensitive: false` (see `Term.caseSensitive`).
 * - A form that begins (ends) with an ASCII letter or digit only matches when
 *   the text before (after) it is not a letter or digit: H200 is not found in
 *   H2000, xH200 or CUDAfy, but it is in 用H200训练, because Han characters
 *   are boundaries.
 * - Matches do not overlap: the leftmost match wins, then the longest; between
 *   identical forms of two terms, the term listed first wins.
 *
 * Layout: the trie lives in typed arrays, not in objects or Maps. Root
 * transitions are a direct table indexed by code unit. States are numbered
 * breadth first and each keeps four numbers side by side (its transition,
 * failure link and output link); a state with one child, as most are since
 * terms are short chains, stores that child inline, and the children of the
 * others go through one open-addressing hash table behind a 32-bit filter.
 * Matching is linear in the text length plus the number of candidates;
 * bench/micro/matcher.bench.ts measures it.
 */
import { FORM_FIELDS, type FormField, type Term, foldCodeUnit, isCaseSensitive } from './schema.ts';

export interface GlossaryMatch {
  /** Offset of the first code unit of the match in the searched text. */
  start: number;
  /** Offset just past the match. */
  end: number;
  termId: string;
  /** The written form that matched, as written in the term. */
  form: string;
  /** Which field of the term the form comes from. */
  field: FormField;
}

export interface GlossaryMatcher {
  /** The revision of the term list this matcher was compiled from. */
  readonly revision: number;
  readonly terms: readonly Term[];
  /** How many distinct written forms the automaton holds. */
  readonly formCount: number;
  /** Non-overlapping matches, in text order (rules in the module comment). */
  findAll(text: string): GlossaryMatch[];
  /** The term with this id, if it is active. */
  term(id: string): Term | undefined;
}

/** Code unit → folded code unit (width and case), shared by all matchers. */
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = foldCodeUnit(c, true);

/** Whether a folded code unit is an ASCII digit or lower-case letter. */
function isWordUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

/** The form with full-width ASCII made half-width (case kept), for the exact-case check. */
function widthFolded(text: string): string {
  // Most forms have no full-width ASCII: keep them as they are, without copying.
  if (!/[\uff01-\uff5e]/.test(text)) return text;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out += String.fromCharCode(c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
  }
  return out;
}

/** Marks in a state's first slot for states without children and with several. */
const NO_CHILD = -1;
const MANY_CHILDREN = -2;

/** Slot of (state, code unit) in the transition hash: a murmur3-style mix, top bits. */
function hashSlot(state: number, c: number, shift: number): number {
  let h = Math.imul(state, 0x9e3779b1) ^ c;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> shift;
}

export function compileMatcher(
  terms: readonly Term[],
  { revision = 0 }: { revision?: number } = {},
): GlossaryMatcher {
  // 1. The forms, in priority order: term order, then field order, each form once per term
  // (as `termForms` lists them). Collected without an object or a Set per term: with tens of
  // thousands of terms those allocations were a fifth of the compile time.
  const exactCase = isCaseSensitive;
  const formTerm: number[] = [];
  const formText: string[] = [];
  const formField: FormField[] = [];
  let totalUnits = 0;
  /** Adds a form of the term whose forms start at `first`, unless the term has it already. */
  const add = (termIndex: number, first: number, form: string | undefined, field: FormField) => {
    if (form === undefined || form.length === 0) return;
    for (let k = first; k < formText.length; k++) if (formText[k] === form) return;
    formTerm.push(termIndex);
    formText.push(form);
    formField.push(field);
    totalUnits += form.length;
  };
  for (let termIndex = 0; termIndex < terms.length; termIndex++) {
    const term = terms[termIndex]!;
    const first = formText.length;
    for (const field of FORM_FIELDS) add(termIndex, first, term[field], field);
    if (term.aliases) for (const alias of term.aliases) add(termIndex, first, alias, 'alias');
  }
  const formCount = formText.length;
  // Per form: bit 0 = compare case, bit 1 = needs a boundary before, bit 2 = after.
  const formFlags = new Uint8Array(formCount);
  // Width-folded forms, for the exact-case check.
  const formExact: string[] = new Array<string>(formCount);

  // 2. The trie. A form adds at most one state per code unit.
  const maxStates = totalUnits + 1;
  const parent = new Int32Array(maxStates);
  const depth = new Int32Array(maxStates);
  const edgeUnit = new Uint16Array(maxStates);
  const terminalHead = new Int32Array(maxStates).fill(-1);
  const terminalTail = new Int32Array(maxStates).fill(-1);
  const formNextSame = new Int32Array(formCount).fill(-1);
  const childCount = new Int32Array(maxStates);
  const rootNext = new Int32Array(0x10000);

  // While building, children are linked lists (first child, next sibling):
  // appending is cheap and mostly touches memory just written.
  const firstChild = new Int32Array(maxStates);
  const nextSibling = new Int32Array(maxStates);

  let stateCount = 1;
  let maxDepth = 0;
  for (let f = 0; f < formCount; f++) {
    const text = formText[f]!;
    const term = terms[formTerm[f]!]!;
    let flags = 0;
    if (exactCase(term)) flags |= 1;
    if (isWordUnit(FOLD[text.charCodeAt(0)]!)) flags |= 2;
    if (isWordUnit(FOLD[text.charCodeAt(text.length - 1)]!)) flags |= 4;
    formFlags[f] = flags;
    formExact[f] = flags & 1 ? widthFolded(text) : text;

    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const c = FOLD[text.charCodeAt(k)]!;
      let next = 0;
      if (state === 0) {
        next = rootNext[c]!;
      } else {
        for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
          if (edgeUnit[child] === c) {
            next = child;
            break;
          }
        }
      }
      if (next === 0) {
        next = stateCount++;
        parent[next] = state;
        depth[next] = depth[state]! + 1;
        edgeUnit[next] = c;
        childCount[state]!++;
        if (state === 0) {
          rootNext[c] = next;
        } else {
          nextSibling[next] = firstChild[state]!;
          firstChild[state] = next;
        }
      }
      state = next;
    }
    if (depth[state]! > maxDepth) maxDepth = depth[state]!;
    // Forms arrive in priority order, so appending keeps each list sorted.
    if (terminalHead[state] === -1) terminalHead[state] = f;
    else formNextSame[terminalTail[state]!] = f;
    terminalTail[state] = f;
  }

  // 3. Renumber the states breadth first. Matching mostly visits shallow
  // states (a text character starts a form, the next one does not continue
  // it), and with breadth-first numbers those sit together in memory.
  const byDepthStart = new Int32Array(maxDepth + 2);
  for (let s = 1; s < stateCount; s++) byDepthStart[depth[s]!]!++;
  let running = 1;
  for (let d = 1; d <= maxDepth; d++) {
    const count = byDepthStart[d]!;
    byDepthStart[d] = running;
    running += count;
  }
  const renumbered = new Int32Array(stateCount);
  for (let s = 1; s < stateCount; s++) renumbered[s] = byDepthStart[depth[s]!]!++;
  const bfsParent = new Int32Array(stateCount);
  const bfsDepth = new Int32Array(stateCount);
  const bfsUnit = new Uint16Array(stateCount);
  const bfsTerminal = new Int32Array(stateCount).fill(-1);
  const bfsChildren = new Int32Array(stateCount);
  for (let s = 1; s < stateCount; s++) {
    const t = renumbered[s]!;
    bfsParent[t] = renumbered[parent[s]!]!;
    bfsDepth[t] = depth[s]!;
    bfsUnit[t] = edgeUnit[s]!;
    bfsTerminal[t] = terminalHead[s]!;
    bfsChildren[t] = childCount[s]!;
  }
  bfsChildren[0] = childCount[0]!;
  for (let c = 0; c < 0x10000; c++) {
    if (rootNext[c] !== 0) rootNext[c] = renumbered[rootNext[c]!]!;
  }

  // 4. Matching layout: a single child is stored inline; the children of
  // states with several go into one open-addressing hash table.
  // Per state, four numbers side by side so one cache line serves a step:
  // [single child's code unit or NO_CHILD/MANY_CHILDREN, single child (or
  //  the child filter below), failure link, output link (see step 5)].
  const node = new Int32Array(stateCount * 4);
  for (let s = 0; s < stateCount; s++) node[s * 4] = NO_CHILD;
  let hashedEdges = 0;
  for (let s = 1; s < stateCount; s++) {
    const p = bfsParent[s]!;
    if (p === 0) continue;
    if (bfsChildren[p] === 1) {
      node[p * 4] = bfsUnit[s]!;
      node[p * 4 + 1] = s;
    } else {
      node[p * 4] = MANY_CHILDREN;
      // The second slot, unused for these states, becomes a filter: bit
      // (unit mod 32) is set for each child, so most misses skip the hash.
      node[p * 4 + 1]! |= 1 << (bfsUnit[s]! & 31);
      hashedEdges++;
    }
  }
  let capacity = 16;
  while (capacity < hashedEdges * 2) capacity *= 2;
  const shift = 32 - Math.log2(capacity);
  const mask = capacity - 1;
  // Per slot: [parent state + 1 (0 = empty), code unit, child, unused].
  const table = new Int32Array(capacity * 4);
  for (let s = 1; s < stateCount; s++) {
    const p = bfsParent[s]!;
    if (p === 0 || node[p * 4] !== MANY_CHILDREN) continue;
    let slot = hashSlot(p, bfsUnit[s]!, shift);
    while (table[slot * 4] !== 0) slot = (slot + 1) & mask;
    table[slot * 4] = p + 1;
    table[slot * 4 + 1] = bfsUnit[s]!;
    table[slot * 4 + 2] = s;
  }

  const hashGet = (state: number, c: number): number => {
    let slot = hashSlot(state, c, shift);
    for (;;) {
      const key = table[slot * 4]!;
      if (key === 0) return 0;
      if (key === state + 1 && table[slot * 4 + 1] === c) return table[slot * 4 + 2]!;
      slot = (slot + 1) & mask;
    }
  };

  const step = (state: number, c: number): number => {
    if (state === 0) return rootNext[c]!;
    const one = node[state * 4]!;
    if (one === c) return node[state * 4 + 1]!;
    if (one === MANY_CHILDREN && (node[state * 4 + 1]! >>> (c & 31)) & 1) return hashGet(state, c);
    return 0;
  };

  // 5. Failure links and output links, in breadth-first (= state number)
  // order, so a state's failure target is always done before it. Output
  // link: the deepest state on the failure chain (the state itself included)
  // where a form ends; 0 when none.
  for (let s = 1; s < stateCount; s++) {
    const p = bfsParent[s]!;
    if (p !== 0) {
      const c = bfsUnit[s]!;
      let f = node[p * 4 + 2]!;
      for (;;) {
        const t = step(f, c);
        if (t !== 0) {
          node[s * 4 + 2] = t;
          break;
        }
        if (f === 0) break;
        f = node[f * 4 + 2]!;
      }
    }
    node[s * 4 + 3] = bfsTerminal[s] !== -1 ? s : node[node[s * 4 + 2]! * 4 + 3]!;
  }

  // Built on first use: most matchers never look terms up by id.
  let termIndexById: Map<string, number> | undefined;

  function findAll(text: string): GlossaryMatch[] {
    const n = text.length;
    // The selection so far: non-overlapping, sorted (module comment).
    let selStart = new Int32Array(64);
    let selEnd = new Int32Array(64);
    let selForm = new Int32Array(64);
    let selected = 0;

    const accepts = (f: number, start: number, end: number): boolean => {
      const flags = formFlags[f]!;
      if (flags & 2 && start > 0 && isWordUnit(FOLD[text.charCodeAt(start - 1)]!)) return false;
      if (flags & 4 && end < n && isWordUnit(FOLD[text.charCodeAt(end)]!)) return false;
      if (flags & 1) {
        const exact = formExact[f]!;
        for (let k = 0; k < exact.length; k++) {
          let c = text.charCodeAt(start + k);
          if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
          if (c !== exact.charCodeAt(k)) return false;
        }
      }
      return true;
    };

    // Candidates arrive by increasing end. Keep the leftmost, then longest:
    // the selected matches that overlap the candidate are a run at the top of
    // the stack; if the first of them starts before the candidate it wins,
    // otherwise the candidate (leftmost, or as left and longer) replaces them.
    const offer = (start: number, end: number, f: number): void => {
      let k = selected;
      while (k > 0 && selEnd[k - 1]! > start) k--;
      if (k < selected) {
        if (selStart[k]! < start || (selStart[k] === start && selEnd[k]! >= end)) return;
        selected = k;
      }
      if (selected === selStart.length) {
        const grow = (old: Int32Array) => {
          const bigger = new Int32Array(old.length * 2);
          bigger.set(old);
          return bigger;
        };
        selStart = grow(selStart);
        selEnd = grow(selEnd);
        selForm = grow(selForm);
      }
      selStart[selected] = start;
      selEnd[selected] = end;
      selForm[selected] = f;
      selected++;
    };

    let state = 0;
    for (let i = 0; i < n; i++) {
      const c = FOLD[text.charCodeAt(i)]!;
      if (state === 0) {
        state = rootNext[c]!;
        if (state === 0) continue;
      } else {
        for (;;) {
          const one = node[state * 4]!;
          let next = 0;
          if (one === c) next = node[state * 4 + 1]!;
          else if (one === MANY_CHILDREN && (node[state * 4 + 1]! >>> (c & 31)) & 1) {
            next = hashGet(state, c);
          }
          if (next !== 0) {
            state = next;
            break;
          }
          state = node[state * 4 + 2]!;
          if (state === 0) {
            state = rootNext[c]!;
            break;
          }
        }
        if (state === 0) continue;
      }
      for (let u = node[state * 4 + 3]!; u !== 0; u = node[node[u * 4 + 2]! * 4 + 3]!) {
        const end = i + 1;
        const start = end - bfsDepth[u]!;
        for (let f = bfsTerminal[u]!; f !== -1; f = formNextSame[f]!) {
          if (accepts(f, start, end)) {
            offer(start, end, f);
            break;
          }
        }
      }
    }

    const matches: GlossaryMatch[] = new Array<GlossaryMatch>(selected);
    for (let k = 0; k < selected; k++) {
      const f = selForm[k]!;
      matches[k] = {
        start: selStart[k]!,
        end: selEnd[k]!,
        termId: terms[formTerm[f]!]!.id,
        form: formText[f]!,
        field: formField[f]!,
      };
    }
    return matches;
  }

  return {
    revision,
    terms,
    formCount,
    findAll,
    term(id: string) {
      if (termIndexById === undefined) {
        termIndexById = new Map();
        terms.forEach((term, index) => {
          if (!termIndexById!.has(term.id)) termIndexById!.set(term.id, index);
        });
      }
      const index = termIndexById.get(id);
      return index === undefined ? undefined : terms[index];
    },
  };
}

let cachedMatcher: GlossaryMatcher | undefined;

/**
 * The matcher for a snapshot of the active terms, compiled once per revision:
 * callers bump `revision` whenever the term list changes, and every other call
 * returns the cached matcher without looking at `terms`.
 */
export function getMatcher(snapshot: {
  revision: number;
  terms: readonly Term[];
}): GlossaryMatcher {
  if (cachedMatcher === undefined || cachedMatcher.revision !== snapshot.revision) {
    cachedMatcher = compileMatcher(snapshot.terms, { revision: snapshot.revision });
  }
  return cachedMatcher;
}

/**
 * The terms in force: the user's terms first (so that, between identical
 * forms, the user's term wins), then the built-in terms that the user has
 * neither overridden (same id) nor disabled. A user term is kept even when
 * its id is in `disabledBuiltInIds`, since the user wrote it.
 */
export function activeTerms({
  builtIn,
  user = [],
  disabledBuiltInIds = [],
}: {
  builtIn: readonly Term[];
  user?: readonly Term[];
  disabledBuiltInIds?: Iterable<string>;
}): Term[] {
  const result: Term[] = [];
  const taken = new Set<string>();
  for (const term of user) {
    if (taken.has(term.id)) continue;
    taken.add(term.id);
    result.push(term);
  }
  const disabled = new Set(disabledBuiltInIds);
  for (const term of builtIn) {
    if (taken.has(term.id) || disabled.has(term.id)) continue;
    taken.add(term.id);
    result.push(term);
  }
  return result;
}
