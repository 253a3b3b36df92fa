import type { SiteRule } from './schema.ts';

/**
 * Site patterns, the left-hand side of a site rule. Accepted forms:
 *
 * - `example.com`: the host and every subdomain (example.com, www.example.com, a.b.example.com);
 * - `*.example.com`: subdomains only, not example.com itself;
 * - `news.example.com/world/*` (or `/world/`): the host and its subdomains, on paths starting
 *   with `/world/`; `/world*` is a plain prefix and also matches `/worldcup`;
 * - `news.example.com/world`: the path `/world` and everything below `/world/`, not `/worldcup`;
 * - `example.com:8080`: only that port (a pattern without a port matches any port);
 * - `新闻.example` / `xn--...`: internationalized names are stored in punycode, as URLs carry them;
 * - `localhost`, `192.168.1.10`, `[::1]`: exact hosts (no subdomains for IP addresses).
 *
 * Schemes, credentials, queries, fragments, spaces, a bare `*`, wildcards in any other
 * place, top-level domains on their own (`com`, `*.com`) and the common two-level endings
 * that many sites share (`com.cn`, `*.com.cn`, `co.uk`; see `SHARED_SECOND_LEVEL_DOMAINS`) are
 * rejected: a rule that matches half the web is never what the reader meant.
 */

export type SitePatternError =
  | 'empty'
  | 'too-long'
  | 'scheme'
  | 'whitespace'
  | 'forbidden-character'
  | 'credentials'
  | 'query-or-fragment'
  | 'wildcard-alone'
  | 'wildcard-position'
  | 'wildcard-too-broad'
  | 'top-level-domain'
  | 'invalid-host'
  | 'invalid-port';

export type SitePatternValidation =
  { ok: true; normalized: string } | { ok: false; error: SitePatternError; message: string };

export const MAX_SITE_PATTERN_LENGTH = 300;

interface CompiledSitePattern {
  normalized: string;
  /** ASCII host (punycode), without wildcard and trailing dot. */
  host: string;
  subdomainsOnly: boolean;
  isIpAddress: boolean;
  port: number | null;
  /** Path as in the normalized pattern, without a trailing `*`; null = any path. */
  path: string | null;
  /** True when the pattern ended in `*` or `/`: a plain prefix match. */
  pathIsPrefix: boolean;
}

type CompileResult =
  { ok: true; pattern: CompiledSitePattern } | Extract<SitePatternValidation, { ok: false }>;

function fail(
  error: SitePatternError,
  message: string,
): Extract<SitePatternValidation, { ok: false }> {
  return { ok: false, error, message };
}

/**
 * Two-level domain endings under which anyone registers a site (`sina.com.cn`, `bbc.co.uk`),
 * by top-level domain: a rule for one would cover thousands of unrelated sites. This is the
 * part of the Public Suffix List (https://publicsuffix.org/list/) a reader of Chinese news
 * meets, not all of it: the Chinese-speaking regions and the places their news sites and
 * mirrors are often hosted. An ending missing here is accepted like any other domain.
 */
export const SHARED_SECOND_LEVEL_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  cn: ['ac', 'com', 'edu', 'gov', 'mil', 'net', 'org'],
  tw: ['com', 'edu', 'gov', 'idv', 'mil', 'net', 'org'],
  hk: ['com', 'edu', 'gov', 'idv', 'net', 'org'],
  mo: ['com', 'edu', 'gov', 'net', 'org'],
  sg: ['com', 'edu', 'gov', 'net', 'org', 'per'],
  my: ['com', 'edu', 'gov', 'name', 'net', 'org'],
  jp: ['ac', 'co', 'ed', 'go', 'gr', 'lg', 'ne', 'or'],
  kr: ['ac', 'co', 'go', 'ne', 'or'],
  uk: ['ac', 'co', 'gov', 'ltd', 'me', 'net', 'org', 'plc', 'sch'],
  au: ['com', 'edu', 'gov', 'net', 'org'],
  nz: ['ac', 'co', 'govt', 'net', 'org'],
};

/**
 * Whether `host` (ASCII, lower case) is an ending many sites share: a top-level domain
 * (`com`) or one of `SHARED_SECOND_LEVEL_DOMAINS` (`com.cn`).
 */
export function isSharedDomainEnding(host: string): boolean {
  const labels = host.split('.');
  if (labels.length === 1) return host !== 'localhost';
  if (labels.length !== 2) return false;
  const [second, top] = labels as [string, string];
  return Object.hasOwn(SHARED_SECOND_LEVEL_DOMAINS, top)
    ? SHARED_SECOND_LEVEL_DOMAINS[top]!.includes(second)
    : false;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ASCII_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
// Letters and digits of any script (for internationalized names), combining marks, dot and hyphen.
const HOST_CHARACTER = /^[\p{L}\p{N}\p{M}.-]$/u;
// Characters a URL path may not carry unescaped and that have no business in a pattern,
// control characters included (they are how text hides what it says).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_PATH_CHARACTER = /[<>"'`{}|\\^\u0000-\u001f\u007f]/;

function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).padStart(4, '0')}` : `“${ch}”`;
}

type HostResult =
  { ok: true; host: string; isIp: boolean } | Extract<SitePatternValidation, { ok: false }>;

function compileHost(raw: string): HostResult {
  if (raw.startsWith('[')) {
    // IPv6 literal; the URL parser both validates and normalizes it.
    try {
      const host = new URL(`http://${raw}/`).hostname;
      return { ok: true, host, isIp: true };
    } catch {
      return fail('invalid-host', `“${raw}” is not a valid IPv6 address.`);
    }
  }
  for (const ch of raw) {
    if (!HOST_CHARACTER.test(ch)) {
      return fail(
        'forbidden-character',
        `${describeCharacter(ch)} cannot appear in a host name; write a host like example.com.`,
      );
    }
  }
  const trimmed = raw.replace(/\.$/, '');
  if (trimmed.split('.').some((label) => label === '')) {
    return fail('invalid-host', `“${raw}” has an empty part between dots.`);
  }
  let host: string;
  try {
    // The URL parser applies IDNA (Unicode → punycode) and lower-cases, the same
    // way the browser will when it reports the page URL we match against.
    host = new URL(`http://${trimmed}/`).hostname;
  } catch {
    return fail('invalid-host', `“${raw}” is not a valid host name.`);
  }
  if (IPV4.test(host)) return { ok: true, host, isIp: true };
  if (host.length > 253 || !host.split('.').every((label) => ASCII_LABEL.test(label))) {
    return fail('invalid-host', `“${raw}” is not a valid host name.`);
  }
  return { ok: true, host, isIp: false };
}

interface CompileOptions {
  /**
   * Accept the two-level endings many sites share (`com.cn`): for rules already stored, which an
   * earlier version accepted and the reader may still rely on. A new rule may not be one.
   */
  readonly sharedEndings?: boolean;
}

function compileSitePattern(input: unknown, options: CompileOptions = {}): CompileResult {
  if (typeof input !== 'string') return fail('empty', 'A site pattern must be text.');
  const pattern = input.trim();
  if (pattern === '') return fail('empty', 'Enter a site, for example example.com.');
  if (pattern.length > MAX_SITE_PATTERN_LENGTH) {
    return fail(
      'too-long',
      `A site pattern can have at most ${MAX_SITE_PATTERN_LENGTH} characters.`,
    );
  }
  // `https://…`, `//…`, and also `javascript:…`, `data:…` (a word, a colon, no port number).
  if (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(pattern) ||
    /^[a-z][a-z0-9+-]*:(?!\d)/i.test(pattern) ||
    pattern.startsWith('//')
  ) {
    return fail('scheme', 'Leave out the scheme (such as https://): write example.com.');
  }
  if (/\s/.test(pattern)) return fail('whitespace', 'A site pattern cannot contain spaces.');
  if (pattern.includes('?') || pattern.includes('#')) {
    return fail(
      'query-or-fragment',
      'A site pattern cannot contain “?” or “#”; use a host and path.',
    );
  }

  const slash = pattern.indexOf('/');
  // Chinese input methods type the full stop as 。 or ．; browsers read both as a dot in a
  // host name (UTS #46 maps them), so the pattern does too.
  const hostPart = (slash === -1 ? pattern : pattern.slice(0, slash)).replace(
    /[\u3002\uff0e\uff61]/g,
    '.',
  );
  const rawPath = slash === -1 ? '' : pattern.slice(slash);
  if (hostPart.includes('@')) {
    return fail('credentials', 'A site pattern cannot contain a user name (“@”).');
  }

  // Split off the port. IPv6 literals carry colons inside their brackets.
  const portMatch = hostPart.startsWith('[')
    ? /^(\[[^\]]*\])(?::(.*))?$/.exec(hostPart)
    : /^([^:]*)(?::(.*))?$/.exec(hostPart);
  if (!portMatch) return fail('invalid-host', `“${hostPart}” is not a valid host.`);
  const hostWithWildcard = portMatch[1] ?? '';
  const portText = portMatch[2] ?? null;

  if (hostWithWildcard === '*' || hostWithWildcard === '*.' || hostWithWildcard === '') {
    if (hostWithWildcard === '') return fail('empty', 'Enter a host before the path or port.');
    return fail(
      'wildcard-alone',
      '“*” alone would match every site; name a site, e.g. *.example.com.',
    );
  }
  const subdomainsOnly = hostWithWildcard.startsWith('*.');
  const bareHost = subdomainsOnly ? hostWithWildcard.slice(2) : hostWithWildcard;
  if (bareHost.includes('*')) {
    return fail(
      'wildcard-position',
      '“*” may only start a host (*.example.com) or end a path (/news/*).',
    );
  }

  const host = compileHost(bareHost);
  if (!host.ok) return host;
  if (host.isIp && subdomainsOnly) {
    return fail('wildcard-position', 'An IP address has no subdomains; remove “*.”.');
  }
  if (
    !host.isIp &&
    isSharedDomainEnding(host.host) &&
    !(options.sharedEndings === true && host.host.includes('.'))
  ) {
    const what = host.host.includes('.')
      ? 'a domain ending many sites share'
      : 'a top-level domain';
    return subdomainsOnly
      ? fail('wildcard-too-broad', `*.${host.host} would match every site under ${what}.`)
      : fail(
          'top-level-domain',
          `“${host.host}” is ${what}; name a site such as example.${host.host}.`,
        );
  }

  let port: number | null = null;
  if (portText !== null) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      return fail('invalid-port', 'A port must be a number from 1 to 65535.');
    }
    port = Number(portText);
  }

  let path: string | null = null;
  let pathIsPrefix = false;
  if (rawPath !== '') {
    const forbidden = FORBIDDEN_PATH_CHARACTER.exec(rawPath);
    if (forbidden) {
      return fail(
        'forbidden-character',
        `${describeCharacter(forbidden[0])} cannot appear in a path.`,
      );
    }
    const star = rawPath.indexOf('*');
    if (star !== -1 && star !== rawPath.length - 1) {
      return fail(
        'wildcard-position',
        '“*” may only start a host (*.example.com) or end a path (/news/*).',
      );
    }
    const withoutStar = star === -1 ? rawPath : rawPath.slice(0, -1);
    // Percent-encode and resolve dot segments exactly as the browser does for page URLs.
    const encoded = new URL(`http://h${withoutStar}`).pathname;
    if (encoded !== '/') {
      path = encoded;
      pathIsPrefix = star !== -1 || encoded.endsWith('/');
    }
  }

  const normalized =
    (subdomainsOnly ? '*.' : '') +
    host.host +
    (port === null ? '' : `:${port}`) +
    (path === null ? '' : path + (pathIsPrefix ? '*' : ''));
  // The stored pattern is the normalized one, and it is checked again whenever settings are
  // read: a Chinese path character becomes three %XX escapes (nine characters), so a pattern
  // short as typed can be too long as stored. Refused here, it is refused in the form.
  if (normalized.length > MAX_SITE_PATTERN_LENGTH) {
    return fail(
      'too-long',
      `A site pattern can have at most ${MAX_SITE_PATTERN_LENGTH} characters as a web address (a Chinese character in a path takes 9).`,
    );
  }
  return {
    ok: true,
    pattern: {
      normalized,
      host: host.host,
      subdomainsOnly,
      isIpAddress: host.isIp,
      port,
      path,
      pathIsPrefix,
    },
  };
}

/**
 * Checks a pattern the reader typed and returns its canonical form, or a clear error. Stored
 * rules are read with `sharedEndings` (see `CompileOptions`).
 */
export function validateSitePattern(
  pattern: string,
  options: CompileOptions = {},
): SitePatternValidation {
  const result = compileSitePattern(pattern, options);
  return result.ok ? { ok: true, normalized: result.pattern.normalized } : result;
}

/**
 * A web address pasted as a pattern, as the reader meant it: without its `http://` or
 * `https://` and the user name (with any password) before an `@` in the host part, which a
 * pattern cannot carry. Anything else is left as it is, to be validated as typed: another
 * scheme (`javascript:`, `ftp://`, `//`) is still refused, and so is what follows the host
 * (a query, a character a path may not carry). For the reader's input only: stored rules are
 * validated as they are.
 */
export function sitePatternFromAddress(input: string): string {
  const trimmed = input.trim();
  const scheme = /^https?:\/\//i.exec(trimmed);
  if (!scheme) return trimmed;
  const rest = trimmed.slice(scheme[0].length);
  // The host part ends where the URL parser ends it: at a slash, a backslash (which it reads
  // as one in http(s) addresses), a query or a fragment. An `@` after that is not a user name,
  // and stays, to be judged as part of the path.
  const hostEnd = rest.search(/[/\\?#]/);
  const hostPart = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  const at = hostPart.lastIndexOf('@');
  return at === -1 ? rest : rest.slice(at + 1);
}

const compiledCache = new Map<string, CompiledSitePattern | null>();

function compiled(pattern: string): CompiledSitePattern | null {
  let entry = compiledCache.get(pattern);
  if (entry === undefined) {
    // Rules to match are stored ones (see `CompileOptions`).
    const result = compileSitePattern(pattern, { sharedEndings: true });
    entry = result.ok ? result.pattern : null;
    if (compiledCache.size > 1000) compiledCache.clear();
    compiledCache.set(pattern, entry);
  }
  return entry;
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

function matches(pattern: CompiledSitePattern, url: URL): boolean {
  const host = url.hostname.replace(/\.$/, '');
  if (pattern.subdomainsOnly) {
    if (!host.endsWith(`.${pattern.host}`)) return false;
  } else if (host !== pattern.host && (pattern.isIpAddress || !host.endsWith(`.${pattern.host}`))) {
    return false;
  }
  if (pattern.port !== null) {
    const port = url.port === '' ? DEFAULT_PORTS[url.protocol] : Number(url.port);
    if (port !== pattern.port) return false;
  }
  if (pattern.path !== null) {
    const path = url.pathname;
    if (pattern.pathIsPrefix) return path.startsWith(pattern.path);
    return path === pattern.path || path.startsWith(`${pattern.path}/`);
  }
  return true;
}

/** Higher is more specific: more host labels, then subdomains-only, then a port, then a longer path. */
function specificity(pattern: CompiledSitePattern): number[] {
  return [
    pattern.host.split('.').length,
    pattern.subdomainsOnly ? 1 : 0,
    pattern.port === null ? 0 : 1,
    pattern.path?.length ?? 0,
  ];
}

function compareSpecificity(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * The rule for a page: the most specific matching rule, or null. On equal
 * specificity the earlier rule wins. Only http(s) pages have site rules.
 */
export function matchSiteRule(rules: readonly SiteRule[], url: string | URL): SiteRule | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  let best: { rule: SiteRule; score: number[] } | null = null;
  for (const rule of rules) {
    const pattern = compiled(rule.pattern);
    if (!pattern || !matches(pattern, parsed)) continue;
    const score = specificity(pattern);
    if (!best || compareSpecificity(score, best.score) > 0) best = { rule, score };
  }
  return best?.rule ?? null;
}

/**
 * The pattern the popup offers for "always/never convert this site": the page's
 * host without a leading `www.`, so the rule also covers the site's other subdomains;
 * but not when that leaves an ending many sites share (`www.gov.cn` would give `gov.cn`,
 * every government site): then the host itself. A page on such an ending gets no offer.
 */
export function sitePatternForUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const host = parsed.hostname.replace(/\.$/, '');
    const withoutWww = host.startsWith('www.') && host.split('.').length > 2 ? host.slice(4) : null;
    const candidate = withoutWww !== null && !isSharedDomainEnding(withoutWww) ? withoutWww : host;
    const result = validateSitePattern(candidate + (parsed.port ? `:${parsed.port}` : ''));
    return result.ok ? result.normalized : null;
  } catch {
    return null;
  }
}
