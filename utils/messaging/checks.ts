/**
 * A few hand-written runtime checks for message payloads. Each check returns
 * null when the value is acceptable and a reason (with the path to the bad
 * part) when it is not. The phantom type parameter ties a check to the
 * TypeScript type it guards, so protocol.ts cannot list a check that accepts
 * something other than the declared payload type.
 */
export interface Check<T> {
  (value: unknown, path: string): string | null;
  /** Never set; carries the checked type (covariant, so a check may be stricter than its type). */
  readonly checkedType?: () => T;
}

function define<T>(fn: (value: unknown, path: string) => string | null): Check<T> {
  return fn as Check<T>;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function text({ max, min = 0 }: { max: number; min?: number }): Check<string> {
  return define((value, path) => {
    if (typeof value !== 'string') return `${path}: expected text, found ${kind(value)}`;
    if (value.length < min) return `${path}: text shorter than ${min}`;
    if (value.length > max) return `${path}: text longer than ${max} characters`;
    return null;
  });
}

/** A non-negative whole number (counts, ids, revisions) up to `max`. */
export function count({ max = Number.MAX_SAFE_INTEGER }: { max?: number } = {}): Check<number> {
  return define((value, path) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max
      ? null
      : `${path}: expected a whole number from 0 to ${max}, found ${kind(value)} ${JSON.stringify(value) ?? ''}`.trimEnd(),
  );
}

/** A finite number in [0, 1] (progress, confidence, strength). */
export const fraction: Check<number> = define((value, path) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1
    ? null
    : `${path}: expected a number from 0 to 1, found ${kind(value)} ${JSON.stringify(value) ?? ''}`.trimEnd(),
);

export const flag: Check<boolean> = define((value, path) =>
  typeof value === 'boolean' ? null : `${path}: expected true or false, found ${kind(value)}`,
);

export function oneOf<const T extends string | number | boolean>(values: readonly T[]): Check<T> {
  return define((value, path) =>
    (values as readonly unknown[]).includes(value)
      ? null
      : `${path}: expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  );
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return define((value, path) => (value === null ? null : check(value, path)));
}

/** Marks an object field that may be left out. */
export function optional<T>(check: Check<T>): Check<T | undefined> & { optional: true } {
  const wrapped = define<T | undefined>((value, path) =>
    value === undefined ? null : check(value, path),
  );
  return Object.assign(wrapped, { optional: true as const });
}

export function listOf<T>(check: Check<T>, { max }: { max: number }): Check<T[]> {
  return define((value, path) => {
    if (!Array.isArray(value)) return `${path}: expected a list, found ${kind(value)}`;
    if (value.length > max) return `${path}: more than ${max} items`;
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  });
}

/** Any value at all; for data another module validates (glossary terms). */
export const anything: Check<unknown> = define(() => null);

/** Only `undefined` or `null`: the response of a message that answers nothing. */
export const nothing: Check<void> = define((value, path) =>
  value === undefined || value === null ? null : `${path}: expected no value, found ${kind(value)}`,
);

type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/**
 * A plain object with exactly these fields; unknown fields are rejected, so a
 * misspelt option is an error rather than silently ignored.
 */
export function record<T extends object>(shape: Shape<T>): Check<T> {
  const entries = Object.entries(shape) as [string, Check<unknown> & { optional?: true }][];
  const known = new Set(entries.map(([key]) => key));
  return define((value, path) => {
    if (!isPlainRecord(value)) return `${path}: expected an object, found ${kind(value)}`;
    for (const key of Object.keys(value)) {
      if (!known.has(key)) return `${path}: unexpected field ${JSON.stringify(key)}`;
    }
    for (const [key, check] of entries) {
      if (!Object.hasOwn(value, key) && !check.optional) return `${path}.${key}: missing`;
      const problem = check(value[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  });
}

/** The first alternative that accepts the value wins; otherwise all reasons are reported. */
export function either<A, B>(a: Check<A>, b: Check<B>): Check<A | B> {
  return define((value, path) => {
    const first = a(value, path);
    if (first === null) return null;
    const second = b(value, path);
    if (second === null) return null;
    return `${first}; or ${second}`;
  });
}

/** A check from a predicate, for values another module knows how to validate. */
export function satisfies<T>(predicate: (value: unknown) => string | null): Check<T> {
  return define((value, path) => {
    const problem = predicate(value);
    return problem === null ? null : `${path}: ${problem}`;
  });
}
