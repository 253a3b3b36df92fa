/**
 * The terms a page is searched for: the built-in pack and the reader's own
 * glossary, which a page receives from the background as a snapshot with a
 * revision. The automaton is compiled again only when something that feeds
 * it changes (the user glossary's revision, or the built-in terms switched
 * off), because compiling is the one costly step.
 */
import { activeTerms, compileMatcher, type GlossaryMatcher } from './matcher.ts';
import { formKey, termForms, validateTerm, type Term } from './schema.ts';

/** What the background answers to `glossary/snapshot` (see utils/messaging/protocol.ts). */
export type UserGlossarySnapshot = { unchanged: true } | { revision: number; terms: unknown[] };

/**
 * A revision no stored glossary has (they count up from 0), so the first
 * request always gets the terms, even from a glossary whose revision was lost.
 */
export const UNKNOWN_REVISION = Number.MAX_SAFE_INTEGER;

export interface TermSource {
  /** The user glossary revision held, or null before the first snapshot. */
  readonly revision: number | null;
  /** The valid user terms held. */
  readonly userTerms: readonly Term[];
  /** How many stored user terms were invalid and left out. */
  readonly rejected: number;
  /** Asks for the user glossary; resolves true when the held terms changed. */
  sync(): Promise<boolean>;
  /** Takes a glossary read elsewhere (a storage change); true when the held terms changed. */
  accept(snapshot: UserGlossarySnapshot): boolean;
  /** The matcher for the terms in force, compiled again only when they changed. */
  matcher(disabledBuiltInIds: readonly string[]): GlossaryMatcher;
  /** Whether the term with this id comes from the user glossary. */
  isUserTerm(id: string): boolean;
}

export function createTermSource({
  builtIn,
  blockers = [],
  fetchSnapshot,
}: {
  builtIn: readonly Term[];
  /** Text in which the built-in terms' forms are not found (see `compileMatcher`). */
  blockers?: readonly string[];
  /** Asks for the user glossary unless `knownRevision` is current. */
  fetchSnapshot: (knownRevision: number) => Promise<UserGlossarySnapshot>;
}): TermSource {
  let revision: number | null = null;
  let userTerms: Term[] = [];
  let userIds = new Set<string>();
  let rejected = 0;
  let compiled: { key: string; matcher: GlossaryMatcher } | null = null;
  /**
   * The blockers are written against the built-in terms' forms: they apply to those forms
   * whoever writes them (a reader's own 三星 is still not found in 三星堆), and to no other.
   */
  const builtInForms = new Set(
    builtIn.flatMap((term) => termForms(term).map(({ form }) => formKey(form, true))),
  );
  const isBlocked = (form: string) => builtInForms.has(formKey(form, true));
  /** Counts the glossaries taken from storage changes (see `sync`). */
  let accepted = 0;

  function take(snapshot: UserGlossarySnapshot): boolean {
    if ('unchanged' in snapshot || snapshot.revision === revision) return false;
    const valid: Term[] = [];
    let invalid = 0;
    for (const raw of snapshot.terms) {
      const result = validateTerm(raw);
      if (result.ok) valid.push(result.term);
      else invalid++;
    }
    revision = snapshot.revision;
    userTerms = valid;
    userIds = new Set(valid.map((term) => term.id));
    rejected = invalid;
    return true;
  }

  return {
    get revision() {
      return revision;
    },
    get userTerms() {
      return userTerms;
    },
    get rejected() {
      return rejected;
    },
    async sync() {
      const before = accepted;
      const snapshot = await fetchSnapshot(revision ?? UNKNOWN_REVISION);
      // A storage change taken while the request was out is newer than its answer (a restored
      // backup can lower the revision, so the numbers cannot tell which is newer).
      if (accepted !== before) return false;
      return take(snapshot);
    },
    accept(snapshot) {
      accepted += 1;
      return take(snapshot);
    },
    matcher(disabledBuiltInIds) {
      const disabled = [...new Set(disabledBuiltInIds)].sort();
      const key = `${revision ?? 'none'}\n${disabled.join('\n')}`;
      if (compiled?.key !== key) {
        const terms = activeTerms({ builtIn, user: userTerms, disabledBuiltInIds: disabled });
        compiled = {
          key,
          matcher: compileMatcher(terms, {
            revision: revision ?? 0,
            blockers,
            isBlocked,
          }),
        };
      }
      return compiled.matcher;
    },
    isUserTerm(id) {
      return userIds.has(id);
    },
  };
}
