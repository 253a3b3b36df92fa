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
 * Layout: the trie lives in typed arrays, not in objects or Maps. Each code
 * unit of the text is folded and classified with one table read: the folded
 * units that occur in forms are numbered 1 to n, and any other unit (most of
 * a page's punctuation, and the characters of no term) is 0, which sends the
 * automaton back to the root with nothing more to do. Root transitions are a
 * table by class. States are numbered breadth first and each keeps four
 * numbers side by side (its transition, failure link and output link); a
 * state with one child, as most are since terms are short chains, stores that
 * child inline, and the children of the others sit in one shared array at
 * their parent's row base plus their class, so every step is one addition and
 * one read, hit or miss. Matching is linear in the text length plus the number
 * of candidates; bench/micro/matcher.bench.ts measures it.
 */
import {
  NAME_DOT_UNITS,
  SPACE_LIKE_UNITS,
  type FormField,
  type Term,
  foldCodeUnit,
  formKey,
  isCaseSensitive,
} from './schema.ts';

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

/**
 * The matches of one search as parallel arrays, in text order: what the page's search reads,
 * without an object per match (on a large page those objects cost more than finding the
 * matches did). Match `k` is `[starts[k], ends[k])`; the arrays belong to the list.
 */
export interface MatchList {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  termId(k: number): string;
  /** The written form that matched, as written in the term. */
  form(k: number): string;
  field(k: number): FormField;
}

export interface GlossaryMatcher {
  /** The revision of the term list this matcher was compiled from. */
  readonly revision: number;
  readonly terms: readonly Term[];
  /** How many distinct written forms of terms the automaton holds (blockers aside). */
  readonly formCount: number;
  /** Non-overlapping matches, in text order (rules in the module comment). */
  scan(text: string): MatchList;
  /** The same matches as `scan`, one object each. */
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

/** The term index of a blocker's forms. */
const BLOCKER = -1;

/** Marks in a state's first slot for states without children and with several. */
const NO_CHILD = -1;
const MANY_CHILDREN = -2;

/** Free places a row's search tries before later searches start past them (see step 3). */
const BASE_SEARCH_LIMIT = 16;

/** Step 1 of the compile: every form to match, in priority order, with what it belongs to. */
interface FormList {
  /** Per form: the index of its term, or BLOCKER. */
  formTerm: number[];
  formText: string[];
  formField: FormField[];
  /** Code units in all forms together: a bound on the trie's states. */
  totalUnits: number;
  /** The first blocker's form; the terms' forms come before it. */
  firstBlocker: number;
}

/**
 * The forms in priority order: term order, then field order, each form once per term (as
 * `termForms` lists them), then the blockers. Collected without an object or a Set per term:
 * with tens of thousands of terms those allocations were a fifth of the compile time.
 */
function collectForms(terms: readonly Term[], blockers: readonly string[]): FormList {
  const formTerm: number[] = [];
  const formText: string[] = [];
  const formField: FormField[] = [];
  let totalUnits = 0;
  let firstBlocker = -1;
  // A term's forms are few (five fields and a handful of aliases), so a form already listed
  // for the term is found by looking back over them. The fields are read by name, in
  // FORM_FIELDS order (a test holds the two together): read in a loop over the field names,
  // as keyed properties, they cost about a seventh of a cold compile. The blockers come last,
  // as the aliases of one more owner. One loop, with no function called per form: in the
  // page's first compile, run before the engine has optimised anything, the calls cost more
  // than the work they do.
  for (let owner = 0; owner <= terms.length; owner++) {
    const ofBlockers = owner === terms.length;
    const term = ofBlockers ? undefined : terms[owner]!;
    if (ofBlockers) firstBlocker = formText.length;
    const aliases = ofBlockers ? blockers : (term!.aliases ?? []);
    const first = formText.length;
    for (let k = ofBlockers ? 5 : 0; k < 5 + aliases.length; k++) {
      let form: string | undefined;
      let field: FormField = 'alias';
      if (k === 0) {
        form = term!.hans;
        field = 'hans';
      } else if (k === 1) {
        form = term!.hant;
        field = 'hant';
      } else if (k === 2) {
        form = term!.tw;
        field = 'tw';
      } else if (k === 3) {
        form = term!.hk;
        field = 'hk';
      } else if (k === 4) {
        form = term!.en;
        field = 'en';
      } else {
        form = aliases[k - 5];
      }
      if (form === undefined || form.length === 0) continue;
      let j = first;
      while (j < formText.length && formText[j] !== form) j++;
      if (j < formText.length) continue;
      formTerm.push(ofBlockers ? BLOCKER : owner);
      formText.push(form);
      formField.push(field);
      totalUnits += form.length;
    }
  }
  return { formTerm, formText, formField, totalUnits, firstBlocker };
}

/** Step 2 of the compile: the forms' alphabet and trie. */
interface FormTrie {
  /** Code unit (any width or case) → class of its folded unit; 0 when it is in no form. */
  unitClass: Uint16Array;
  classCount: number;
  stateCount: number;
  /** Per state: the class of the unit that leads to it. */
  edgeClass: Int32Array;
  /** Per state: the first form that ends there, or -1. */
  terminalHead: Int32Array;
  /** Per form: the next form (by priority) that ends in the same state, or -1. */
  formNextSame: Int32Array;
  /** The root's children by class. */
  rootChild: Int32Array;
  /** Per state: its children as a linked list (first child, next sibling). */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Per form: bit 0 = compare case, bit 1 = needs a boundary before, bit 2 = after. */
  formFlags: Uint8Array;
  /** Per form: the form with width folded and case kept, for the exact-case check. */
  formExact: string[];
}

/**
 * The alphabet and the trie. Every folded code unit that occurs in a form gets a class
 * number from 1 up, in order of first use; `unitClass` maps each code unit of a text (every
 * width and case it may be written in) to its class, and to 0 when it occurs in no form, so
 * matching folds and classifies a code unit with one read, and the automaton's tables are
 * sized by the forms' alphabet, not by 65,536 code units. A form adds at most one state per
 * code unit.
 */
function buildTrie(terms: readonly Term[], forms: FormList): FormTrie {
  const { formTerm, formText } = forms;
  const formCount = formText.length;
  const formFlags = new Uint8Array(formCount);
  const formExact: string[] = new Array<string>(formCount);
  const unitClass = new Uint16Array(0x10000);
  let classCount = 0;
  const maxStates = forms.totalUnits + 1;
  const edgeClass = new Int32Array(maxStates);
  const terminalHead = new Int32Array(maxStates).fill(-1);
  const terminalTail = new Int32Array(maxStates).fill(-1);
  const formNextSame = new Int32Array(formCount).fill(-1);
  // Grown as classes are numbered.
  let rootChild = new Int32Array(1024);
  // While building, children are linked lists (first child, next sibling):
  // appending is cheap and mostly touches memory just written.
  const firstChild = new Int32Array(maxStates);
  const nextSibling = new Int32Array(maxStates);

  let stateCount = 1;
  for (let f = 0; f < formCount; f++) {
    const text = formText[f]!;
    const owner = formTerm[f]!;
    let flags = 0;
    if (isWordUnit(FOLD[text.charCodeAt(0)]!)) flags |= 2;
    if (isWordUnit(FOLD[text.charCodeAt(text.length - 1)]!)) flags |= 4;
    let hasLetter = false;

    let state = 0;
    for (let k = 0; k < text.length; k++) {
      const unit = FOLD[text.charCodeAt(k)]!;
      if (unit >= 0x61 && unit <= 0x7a) hasLetter = true;
      let c = unitClass[unit]!;
      if (c === 0) {
        c = ++classCount;
        // The unit as it may be written: itself, upper case, full width.
        unitClass[unit] = c;
        if (unit >= 0x61 && unit <= 0x7a) unitClass[unit - 0x20] = c;
        if (unit >= 0x21 && unit <= 0x7e) {
          unitClass[unit + 0xfee0] = c;
          if (unit >= 0x61 && unit <= 0x7a) unitClass[unit - 0x20 + 0xfee0] = c;
        }
        if (unit === 0x20) for (const space of SPACE_LIKE_UNITS) unitClass[space] = c;
        if (unit === 0xb7) for (const dot of NAME_DOT_UNITS) unitClass[dot] = c;
        if (c === rootChild.length) {
          const bigger = new Int32Array(rootChild.length * 2);
          bigger.set(rootChild);
          rootChild = bigger;
        }
      }
      let next = 0;
      if (state === 0) {
        next = rootChild[c]!;
      } else {
        for (let child = firstChild[state]!; child !== 0; child = nextSibling[child]!) {
          if (edgeClass[child] === c) {
            next = child;
            break;
          }
        }
      }
      if (next === 0) {
        next = stateCount++;
        edgeClass[next] = c;
        if (state === 0) {
          rootChild[c] = next;
        } else {
          nextSibling[next] = firstChild[state]!;
          firstChild[state] = next;
        }
      }
      state = next;
    }
    // Only a form with a Latin letter can differ from the text in case alone.
    if (hasLetter && (owner === BLOCKER || isCaseSensitive(terms[owner]!))) flags |= 1;
    formFlags[f] = flags;
    // Width and spaces folded, case kept: what the exact-case check compares the text with.
    formExact[f] = flags & 1 ? formKey(text, false) : text;
    // Forms arrive in priority order, so appending keeps each list sorted.
    if (terminalHead[state] === -1) terminalHead[state] = f;
    else formNextSame[terminalTail[state]!] = f;
    terminalTail[state] = f;
  }
  return {
    unitClass,
    classCount,
    stateCount,
    edgeClass,
    terminalHead,
    formNextSame,
    rootChild,
    firstChild,
    nextSibling,
    formFlags,
    formExact,
  };
}

/** Step 3 of the compile: the automaton as matching reads it. */
interface AutomatonLayout {
  /** Per state, four numbers: see `layOutAutomaton`. */
  node: Int32Array;
  /** The shared array of (parent + 1, child) pairs of states with several children. */
  rows: Int32Array;
  /** The root's children by class. */
  rootNext: Int32Array;
  /** Per state: its depth, the length of the forms that end there. */
  idDepth: Int32Array;
  /** Per state: the first form that ends there, or -1. */
  idTerminal: Int32Array;
  /** Per state where a form ends: the next such state on its failure chain (0 at the end). */
  nextOutput: Int32Array;
}

/** The state reached from `state` by class `c` in a laid-out automaton, or 0 (the root). */
function stepFrom(
  node: Int32Array,
  rows: Int32Array,
  rootNext: Int32Array,
  state: number,
  c: number,
): number {
  if (state === 0) return rootNext[c]!;
  const one = node[state * 4]!;
  if (one === c) return node[state * 4 + 1]!;
  if (one === MANY_CHILDREN) {
    const at = (node[state * 4 + 1]! + c) * 2;
    if (rows[at] === state + 1) return rows[at + 1]!;
  }
  return 0;
}

/**
 * The matching layout, in one breadth-first pass over the trie that numbers the states (the
 * children of a state one after the other), lays out their children and links them.
 *
 * Matching mostly visits shallow states (a text character starts a form, the next one does
 * not continue it), and with breadth-first numbers those sit together in memory. Per state,
 * four numbers side by side so one cache line serves a step: [its single child's class, or
 * NO_CHILD / MANY_CHILDREN; that child, or the base of its row (below); failure link; output
 * link]. A single child, as most states have (terms are short chains), is stored inline. The
 * children of a state with several go into one shared array of (parent + 1, child) pairs, at
 * row base + class, where no other state's child is: a step is then one addition and one
 * read, hit or miss, with no hashing or probing. A row's base is the first where all the
 * state's children fit; rows interleave, so the shared array stays small and mostly in cache.
 *
 * Failure link: the state of the longest proper suffix that is also a prefix of a form.
 * Output link: the deepest state on the failure chain (the state itself included) where a
 * form ends; 0 when none. The states on a child's failure chain are shallower than its
 * parent, so they are numbered, laid out and linked by the time the child is.
 */
function layOutAutomaton(trie: FormTrie): AutomatonLayout {
  const { stateCount, classCount, rootChild, firstChild, nextSibling, edgeClass, terminalHead } =
    trie;
  const node = new Int32Array(stateCount * 4);
  const oldId = new Int32Array(stateCount);
  const idClass = new Int32Array(stateCount);
  const idDepth = new Int32Array(stateCount);
  const idTerminal = new Int32Array(stateCount);
  // Rows interleave densely (about two pairs in three taken); the lookups of the last row
  // reach up to a class count past it. Grown in the search below if need be.
  let rowCapacity = 1024;
  while (rowCapacity < (stateCount >> 1) + classCount + 1) rowCapacity *= 2;
  let rows = new Int32Array(rowCapacity * 2);
  let searchFrom = 1;
  const rootNext = new Int32Array(classCount + 1);
  const nextOutput = new Int32Array(stateCount);

  idTerminal[0] = -1;
  node[0] = NO_CHILD;
  let numbered = 1;
  for (let c = 1; c <= classCount; c++) {
    const child = rootChild[c]!;
    if (child === 0) continue;
    oldId[numbered] = child;
    idClass[numbered] = c;
    idDepth[numbered] = 1;
    idTerminal[numbered] = terminalHead[child]!;
    rootNext[c] = numbered;
    // The failure link of a depth-1 state is the root.
    node[numbered * 4 + 3] = idTerminal[numbered] !== -1 ? numbered : 0;
    numbered++;
  }
  for (let s = 1; s < stateCount; s++) {
    const first = numbered;
    for (let child = firstChild[oldId[s]!]!; child !== 0; child = nextSibling[child]!) {
      oldId[numbered] = child;
      idClass[numbered] = edgeClass[child]!;
      idDepth[numbered] = idDepth[s]! + 1;
      idTerminal[numbered] = terminalHead[child]!;
      numbered++;
    }
    const end = numbered;
    const count = end - first;
    if (count === 0) {
      node[s * 4] = NO_CHILD;
      continue;
    }
    if (count === 1) {
      node[s * 4] = idClass[first]!;
      node[s * 4 + 1] = first;
    } else {
      let smallest = 0x10000;
      let largest = 0;
      for (let child = first; child < end; child++) {
        const c = idClass[child]!;
        if (c < smallest) smallest = c;
        if (c > largest) largest = c;
      }
      let chosen = -1;
      let tries = 0;
      for (let at = Math.max(searchFrom, smallest); chosen === -1; at++) {
        if (at + largest - smallest + 1 >= rowCapacity) {
          rowCapacity *= 2;
          const bigger = new Int32Array(rowCapacity * 2);
          bigger.set(rows);
          rows = bigger;
        }
        if (rows[at * 2] !== 0) continue;
        // A search that runs long means the pairs behind are crowded: later searches start
        // here (the few gaps left behind are not worth looking through again).
        if (++tries === BASE_SEARCH_LIMIT) searchFrom = at;
        const candidate = at - smallest;
        let fits = true;
        for (let child = first; child < end; child++) {
          if (rows[(candidate + idClass[child]!) * 2] !== 0) {
            fits = false;
            break;
          }
        }
        if (fits) chosen = candidate;
      }
      if ((chosen + classCount + 1) * 2 > rows.length) {
        while ((chosen + classCount + 1) * 2 > rowCapacity * 2) rowCapacity *= 2;
        const bigger = new Int32Array(rowCapacity * 2);
        bigger.set(rows);
        rows = bigger;
      }
      node[s * 4] = MANY_CHILDREN;
      node[s * 4 + 1] = chosen;
      for (let child = first; child < end; child++) {
        const at = chosen + idClass[child]!;
        rows[at * 2] = s + 1;
        rows[at * 2 + 1] = child;
      }
    }
    for (let child = first; child < end; child++) {
      const c = idClass[child]!;
      let target: number;
      for (let f = node[s * 4 + 2]!; ; f = node[f * 4 + 2]!) {
        target = stepFrom(node, rows, rootNext, f, c);
        if (target !== 0 || f === 0) break;
      }
      node[child * 4 + 2] = target;
      const below = node[target * 4 + 3]!;
      if (idTerminal[child] !== -1) {
        node[child * 4 + 3] = child;
        nextOutput[child] = below;
      } else {
        node[child * 4 + 3] = below;
      }
    }
  }
  return { node, rows, rootNext, idDepth, idTerminal, nextOutput };
}

/** The matches kept so far by a search: non-overlapping, in text order, as parallel arrays. */
class Selection {
  // Kept from one search to the next (a search runs to its end before another can start): a
  // search that allocated them anew grew them by doubling, and the typed arrays it dropped,
  // many times over on a large page, made the engine collect garbage more often.
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  form = new Int32Array(1024);

  grow(): void {
    const grow = (old: Int32Array) => {
      const bigger = new Int32Array(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.form = grow(this.form);
  }
}

/**
 * Searches `text` from `from` to `to` (a match lies within them; word boundaries are checked
 * against the text around) and appends its matches to a selection that holds `selected` matches,
 * all before `from`. Returns the selection's new size.
 */
type Search = (text: string, from: number, to: number, into: Selection, selected: number) => number;

/** Steps 2 to 4 of the compile: the trie of the forms, its layout, and the search over it. */
function compileSearch(terms: readonly Term[], forms: FormList): Search {
  const trie = buildTrie(terms, forms);
  const { unitClass, formNextSame, formFlags, formExact } = trie;
  const { node, rows: rowPairs, rootNext, idDepth, idTerminal, nextOutput } = layOutAutomaton(trie);

  return (text, from, to, into, selected) => {
    const n = text.length;

    /** Whether form `f` may match at [start, end): word boundaries and exact case. */
    const accepts = (f: number, start: number, end: number): boolean => {
      const flags = formFlags[f]!;
      if (flags === 0) return true;
      if (flags & 2 && start > 0 && isWordUnit(FOLD[text.charCodeAt(start - 1)]!)) return false;
      if (flags & 4 && end < n && isWordUnit(FOLD[text.charCodeAt(end)]!)) return false;
      if (flags & 1) {
        const exact = formExact[f]!;
        for (let k = 0; k < exact.length; k++) {
          if (foldCodeUnit(text.charCodeAt(start + k), false) !== exact.charCodeAt(k)) return false;
        }
      }
      return true;
    };

    // The loop that every code unit goes through. Its tables are local constants: read
    // from the closure, the engine loads them again on every pass, since `report` may
    // have changed anything it can reach.
    const classes = unitClass;
    const states = node;
    const pairs = rowPairs;
    const roots = rootNext;
    const depths = idDepth;
    const terminals = idTerminal;
    const outputs = nextOutput;
    const flags = formFlags;
    let selStart = into.start;
    let selEnd = into.end;
    let selForm = into.form;
    const floor = selected;
    let state = 0;
    for (let i = from; i < to; i++) {
      const c = classes[text.charCodeAt(i)]!;
      // A code unit in no form ends every candidate: back to the root, nothing to report.
      if (c === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state === 0) {
          state = roots[c]!;
          break;
        }
        const one = states[state * 4]!;
        if (one === c) {
          state = states[state * 4 + 1]!;
          break;
        }
        if (one === MANY_CHILDREN) {
          const at = (states[state * 4 + 1]! + c) * 2;
          if (pairs[at] === state + 1) {
            state = pairs[at + 1]!;
            break;
          }
        }
        state = states[state * 4 + 2]!;
      }
      let u = states[state * 4 + 3]!;
      if (u === 0) continue;
      // The forms that end here, in this state or on its failure chain, the longest first.
      // Candidates arrive by increasing end. Keep the leftmost, then longest: the selected
      // matches that overlap a candidate are a run at the top of the stack; if the first of
      // them starts before the candidate it wins, otherwise the candidate (leftmost, or as
      // left and longer) replaces them. That is decided before any form's boundaries or case
      // are checked, since all the forms of a state share their extent. Once one is kept,
      // the shorter ones end here too and start later: they lose to it.
      const end = i + 1;
      do {
        const start = end - depths[u]!;
        let k = selected;
        while (k > floor && selEnd[k - 1]! > start) k--;
        if (
          k < selected &&
          (selStart[k]! < start || (selStart[k] === start && selEnd[k]! >= end))
        ) {
          u = outputs[u]!;
          continue;
        }
        let f = terminals[u]!;
        // Only forms with Latin letters or digits at an edge, or an exact case, are checked.
        if (flags[f] !== 0) while (f !== -1 && !accepts(f, start, end)) f = formNextSame[f]!;
        if (f === -1) {
          u = outputs[u]!;
          continue;
        }
        if (k === selStart.length) {
          into.grow();
          selStart = into.start;
          selEnd = into.end;
          selForm = into.form;
        }
        selStart[k] = start;
        selEnd[k] = end;
        selForm[k] = f;
        selected = k + 1;
        break;
      } while (u !== 0);
    }
    return selected;
  };
}

export function compileMatcher(
  terms: readonly Term[],
  {
    revision = 0,
    blockers = [],
    isBlocked = () => true,
  }: {
    revision?: number;
    /**
     * Text in which terms are not found (上海光机所, where 海光 is not Hygon): each is matched
     * like a form, after every term's, and its matches are dropped, taking with them the
     * matches it overlaps that start later or end sooner (the leftmost, then longest, rule).
     */
    blockers?: readonly string[];
    /**
     * Whether the blockers apply to a form of a term (to all by default). The built-in
     * blockers are written against the built-in terms' forms; a reader's own form (光源) is
     * still found inside one (上海光源): see `unblockedMatches`.
     */
    isBlocked?: (form: string, term: Term) => boolean;
  } = {},
): GlossaryMatcher {
  const forms = collectForms(terms, blockers);
  const { formTerm, formText, formField, firstBlocker } = forms;
  const formCount = formText.length;
  const search = compileSearch(terms, forms);
  const selection = new Selection();

  /** The forms the blockers do not apply to, by index, when there are blockers. */
  const unblockedForms: number[] = [];
  if (firstBlocker < formCount) {
    for (let f = 0; f < firstBlocker; f++) {
      if (!isBlocked(formText[f]!, terms[formTerm[f]!]!)) unblockedForms.push(f);
    }
  }
  /** Compiled on the first blocker match: a search for `unblockedForms` alone. */
  let unblocked: { search: Search; selection: Selection } | undefined;

  // Built on first use: most matchers never look terms up by id.
  let termIndexById: Map<string, number> | undefined;

  /** What a match list reads its forms from, shared by every list. */
  const lookup = { terms, formTerm, formText, formField };
  const noMatches = new FoundMatches(
    0,
    new Int32Array(0),
    new Int32Array(0),
    new Int32Array(0),
    lookup,
  );

  function scan(text: string): MatchList {
    let selected = search(text, 0, text.length, selection, 0);
    if (firstBlocker < formCount) {
      // The blockers' matches kept out the matches they overlap; now they go too.
      const { start: selStart, end: selEnd, form: selForm } = selection;
      let kept = 0;
      let blocked: number[] | undefined;
      for (let k = 0; k < selected; k++) {
        if (selForm[k]! >= firstBlocker) {
          if (unblockedForms.length > 0) (blocked ??= []).push(selStart[k]!, selEnd[k]!);
          continue;
        }
        selStart[kept] = selStart[k]!;
        selEnd[kept] = selEnd[k]!;
        selForm[kept] = selForm[k]!;
        kept++;
      }
      selected = kept;
      if (blocked !== undefined) selected = unblockedMatches(text, selected, blocked);
    }
    if (selected === 0) return noMatches;
    return new FoundMatches(
      selected,
      selection.start.slice(0, selected),
      selection.end.slice(0, selected),
      selection.form.slice(0, selected),
      lookup,
    );
  }

  /**
   * Adds to the selection (its first `selected` entries) the matches of the forms the blockers
   * do not apply to where blockers matched (`blocked`: start, end pairs in text order). Each
   * stretch of text between two kept matches that holds a blocker's match is searched for those
   * forms alone, by the leftmost, then longest, rule, and its matches are added. Returns the
   * selection's new size.
   */
  function unblockedMatches(text: string, selected: number, blocked: readonly number[]): number {
    if (unblocked === undefined) {
      const own: FormList = {
        formTerm: unblockedForms.map((f) => formTerm[f]!),
        formText: unblockedForms.map((f) => formText[f]!),
        formField: unblockedForms.map((f) => formField[f]!),
        totalUnits: unblockedForms.reduce((sum, f) => sum + formText[f]!.length, 0),
        firstBlocker: unblockedForms.length,
      };
      unblocked = { search: compileSearch(terms, own), selection: new Selection() };
    }
    const found = unblocked.selection;
    const kept = selection;
    let count = 0;
    let k = 0;
    for (let b = 0; b < blocked.length;) {
      // The kept matches lie wholly before or after each blocker's match (one selection).
      while (k < selected && kept.end[k]! <= blocked[b]!) k++;
      const from = k === 0 ? 0 : kept.end[k - 1]!;
      const to = k < selected ? kept.start[k]! : text.length;
      // The blockers' matches in this stretch are searched with it.
      while (b < blocked.length && blocked[b]! < to) b += 2;
      const first = count;
      count = unblocked.search(text, from, to, found, count);
      // Each match found overlaps a blocker's: one that overlapped no match of the first
      // search would have been one of them.
      for (let m = first; m < count; m++) found.form[m] = unblockedForms[found.form[m]!]!;
    }
    if (count === 0) return selected;
    // Merge from the back, in place: the two lists do not overlap.
    const total = selected + count;
    while (kept.start.length < total) kept.grow();
    let a = count - 1;
    for (let to = total - 1, m = selected - 1; a >= 0; to--) {
      if (m >= 0 && kept.start[m]! > found.start[a]!) {
        kept.start[to] = kept.start[m]!;
        kept.end[to] = kept.end[m]!;
        kept.form[to] = kept.form[m]!;
        m--;
      } else {
        kept.start[to] = found.start[a]!;
        kept.end[to] = found.end[a]!;
        kept.form[to] = found.form[a]!;
        a--;
      }
    }
    return total;
  }

  function findAll(text: string): GlossaryMatch[] {
    const list = scan(text);
    const matches: GlossaryMatch[] = new Array<GlossaryMatch>(list.count);
    for (let k = 0; k < list.count; k++) {
      matches[k] = {
        start: list.starts[k]!,
        end: list.ends[k]!,
        termId: list.termId(k),
        form: list.form(k),
        field: list.field(k),
      };
    }
    return matches;
  }

  return {
    revision,
    terms,
    formCount: firstBlocker,
    scan,
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

class FoundMatches implements MatchList {
  constructor(
    readonly count: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    private readonly forms: Int32Array,
    private readonly lookup: {
      terms: readonly Term[];
      formTerm: readonly number[];
      formText: readonly string[];
      formField: readonly FormField[];
    },
  ) {}

  termId(k: number): string {
    return this.lookup.terms[this.lookup.formTerm[this.forms[k]!]!]!.id;
  }

  form(k: number): string {
    return this.lookup.formText[this.forms[k]!]!;
  }

  field(k: number): FormField {
    return this.lookup.formField[this.forms[k]!]!;
  }
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
