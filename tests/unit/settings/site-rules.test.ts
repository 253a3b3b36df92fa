import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStoredSettings } from '../../../utils/settings/parse.ts';
import { defaultSettings, type SiteRule } from '../../../utils/settings/schema.ts';
import {
  SHARED_SECOND_LEVEL_DOMAINS,
  matchSiteRule,
  sitePatternForUrl,
  sitePatternFromAddress,
  validateSitePattern,
  type SitePatternError,
} from '../../../utils/settings/site-rules.ts';

describe('validateSitePattern accepts', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['example.com.', 'example.com'],
    ['www.example.com', 'www.example.com'],
    ['*.example.com', '*.example.com'],
    ['news.example.com/world/*', 'news.example.com/world/*'],
    ['news.example.com/world/', 'news.example.com/world/*'],
    ['news.example.com/world', 'news.example.com/world'],
    ['news.example.com/world*', 'news.example.com/world*'],
    ['example.com/', 'example.com'],
    ['example.com/*', 'example.com'],
    ['example.com:8080', 'example.com:8080'],
    ['example.com:08080/a/', 'example.com:8080/a/*'],
    ['localhost', 'localhost'],
    ['localhost:3000', 'localhost:3000'],
    ['192.168.1.10', '192.168.1.10'],
    ['[::1]:8080', '[::1]:8080'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['163.com', '163.com'],
    // A site under an ending many sites share, and a country's domain of its own.
    ['sina.com.cn', 'sina.com.cn'],
    ['*.sina.com.cn', '*.sina.com.cn'],
    ['news.gov.cn', 'news.gov.cn'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['example.cn', 'example.cn'],
    ['cn.nytimes.com', 'cn.nytimes.com'],
    ['example.com/a/../b', 'example.com/b'],
    // The full stops of Chinese input methods, read as dots the way browsers read them.
    ['163。com', '163.com'],
    ['www．163．com/news/*', 'www.163.com/news/*'],
    ['news｡163.com', 'news.163.com'],
  ])('%j as %j', (input, normalized) => {
    expect(validateSitePattern(input)).toEqual({ ok: true, normalized });
  });

  it('stores Chinese host names in punycode, as browsers report them', () => {
    const result = validateSitePattern('新闻.example');
    expect(result).toEqual({ ok: true, normalized: domainToASCII('新闻.example') });
  });

  it('percent-encodes a Chinese path, as browsers report it', () => {
    const result = validateSitePattern('example.com/新闻/*');
    expect(result).toEqual({
      ok: true,
      normalized: `example.com/${encodeURIComponent('新闻')}/*`,
    });
  });
});

describe('validateSitePattern rejects', () => {
  it.each<[string, SitePatternError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://example.com', 'scheme'],
    ['https://example.com/news', 'scheme'],
    ['//example.com', 'scheme'],
    ['exa mple.com', 'whitespace'],
    ['example.com/a b', 'whitespace'],
    ['*', 'wildcard-alone'],
    ['*.', 'wildcard-alone'],
    ['*.*.example.com', 'wildcard-position'],
    ['ex*ample.com', 'wildcard-position'],
    ['www.*.com', 'wildcard-position'],
    ['example.com/a*/b', 'wildcard-position'],
    ['*.com', 'wildcard-too-broad'],
    ['com', 'top-level-domain'],
    // Two-level endings many sites share are refused like a top-level domain.
    ['com.cn', 'top-level-domain'],
    ['*.com.cn', 'wildcard-too-broad'],
    ['gov.cn', 'top-level-domain'],
    ['gov.cn/yaowen/*', 'top-level-domain'],
    ['com.tw', 'top-level-domain'],
    ['IDV.TW', 'top-level-domain'],
    ['com.hk:8080', 'top-level-domain'],
    ['*.org.hk', 'wildcard-too-broad'],
    ['co.uk', 'top-level-domain'],
    ['com.sg', 'top-level-domain'],
    ['com.my', 'top-level-domain'],
    ['co.jp', 'top-level-domain'],
    ['com。cn', 'top-level-domain'],
    ['<script>', 'forbidden-character'],
    ['<img src=x onerror=alert(1)>', 'whitespace'],
    ['<img/src=x/onerror=alert(1)>', 'forbidden-character'],
    ['javascript:alert(1)', 'scheme'],
    ['data:text/html,<b>x</b>', 'scheme'],
    ['example.com/<script>', 'forbidden-character'],
    ['example.com/"quoted"', 'forbidden-character'],
    ['exam_ple.com', 'forbidden-character'],
    ['user@example.com', 'credentials'],
    ['example.com?q=1', 'query-or-fragment'],
    ['example.com#top', 'query-or-fragment'],
    ['example..com', 'invalid-host'],
    ['-example.com', 'invalid-host'],
    ['example.com:0', 'invalid-port'],
    ['example.com:65536', 'invalid-port'],
    ['example.com:', 'invalid-port'],
    ['example.com:http', 'invalid-port'],
    ['*.10.0.0.1', 'wildcard-position'],
    [':8080', 'empty'],
    [`${'a'.repeat(64)}.example.com`, 'invalid-host'],
    [`example.com/${'a'.repeat(400)}`, 'too-long'],
    // 56 characters as typed, but its 34 Chinese characters take 306 as %XX escapes.
    [
      `zh.wikipedia.org/wiki/${'中华人民共和国国务院台湾事务办公室新闻发布会暨两岸关系专题记者会实录'}`,
      'too-long',
    ],
    ['example。。com', 'invalid-host'],
  ])('%j (%s)', (input, error) => {
    const result = validateSitePattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(error);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('never echoes markup it cannot parse as part of a normalized pattern', () => {
    for (const hostile of [
      '"><svg onload=alert(1)>',
      "example.com'><b>",
      'a.com\u0000b',
      'a.com\u202e',
    ]) {
      expect(validateSitePattern(hostile).ok).toBe(false);
    }
  });

  it('accepts exactly the normalized patterns it gives, so a stored pattern is never refused on reading', () => {
    for (const input of [
      `example.com/${'新'.repeat(32)}`,
      `example.com/${'a'.repeat(288)}`,
      '163。com/新闻/*',
    ]) {
      const result = validateSitePattern(input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(validateSitePattern(result.normalized)).toEqual(result);
    }
  });

  it('rejects non-text input from damaged storage', () => {
    expect(validateSitePattern(42 as unknown as string)).toMatchObject({
      ok: false,
      error: 'empty',
    });
  });
});

describe('matchSiteRule', () => {
  const rules: SiteRule[] = [
    { pattern: 'example.com', mode: 'always' },
    { pattern: '*.example.com', mode: 'never' },
    { pattern: 'news.example.com', mode: 'auto' },
    { pattern: 'news.example.com/world/*', mode: 'always' },
    { pattern: 'blog.example.org/posts', mode: 'never' },
    { pattern: 'example.org:8080', mode: 'always' },
    { pattern: 'localhost', mode: 'always' },
    { pattern: '10.0.0.1', mode: 'never' },
    { pattern: 'xn--bcher-kva.example', mode: 'never' },
  ];

  it.each([
    ['https://example.com/', 'example.com'],
    ['http://example.com/page?x=1', 'example.com'],
    ['https://www.example.com/', '*.example.com'],
    ['https://a.b.example.com/', '*.example.com'],
    ['https://news.example.com/', 'news.example.com'],
    ['https://news.example.com/sport/1', 'news.example.com'],
    ['https://news.example.com/world/asia', 'news.example.com/world/*'],
    ['https://m.news.example.com/world/asia', 'news.example.com/world/*'],
    ['https://blog.example.org/posts', 'blog.example.org/posts'],
    ['https://blog.example.org/posts/1', 'blog.example.org/posts'],
    ['https://blog.example.org/postscript', null],
    ['https://example.org:8080/', 'example.org:8080'],
    ['https://example.org/', null],
    ['http://localhost:3000/', 'localhost'],
    ['http://10.0.0.1/', '10.0.0.1'],
    ['http://110.0.0.1/', null],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
    ['https://EXAMPLE.COM./', 'example.com'],
    ['https://notexample.com/', null],
    ['https://example.com.evil.test/', null],
    ['ftp://example.com/', null],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(matchSiteRule(rules, url)?.pattern ?? null).toBe(expected);
  });

  it('matches a port pattern against the default port of the scheme', () => {
    const portRules: SiteRule[] = [{ pattern: 'example.com:443', mode: 'never' }];
    expect(matchSiteRule(portRules, 'https://example.com/')).not.toBeNull();
    expect(matchSiteRule(portRules, 'http://example.com/')).toBeNull();
  });

  it('lets the first of two equally specific rules win', () => {
    const tied: SiteRule[] = [
      { pattern: 'example.com/a/*', mode: 'never' },
      { pattern: 'example.com/b/*', mode: 'always' },
    ];
    expect(matchSiteRule(tied, 'https://example.com/a/x')?.mode).toBe('never');
    expect(matchSiteRule(tied, 'https://example.com/b/x')?.mode).toBe('always');
  });

  it('ignores stored rules whose pattern is not valid', () => {
    expect(matchSiteRule([{ pattern: '*', mode: 'always' }], 'https://example.com/')).toBeNull();
  });

  it('returns null without rules', () => {
    expect(matchSiteRule([], 'https://example.com/')).toBeNull();
  });
});

describe('the shared domain endings', () => {
  it('are all refused, on their own and with *.', () => {
    for (const [top, seconds] of Object.entries(SHARED_SECOND_LEVEL_DOMAINS)) {
      for (const second of seconds) {
        expect(validateSitePattern(`${second}.${top}`)).toMatchObject({
          ok: false,
          error: 'top-level-domain',
        });
        expect(validateSitePattern(`*.${second}.${top}`)).toMatchObject({
          ok: false,
          error: 'wildcard-too-broad',
        });
        expect(validateSitePattern(`example.${second}.${top}`).ok).toBe(true);
      }
    }
  });

  it('are kept, and still match, in a rule an earlier version stored', () => {
    const stored = { ...defaultSettings(), siteRules: [{ pattern: 'com.cn', mode: 'never' }] };
    const parsed = parseStoredSettings(stored);
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings.siteRules).toEqual([{ pattern: 'com.cn', mode: 'never' }]);
    expect(matchSiteRule(parsed.settings.siteRules, 'https://www.sina.com.cn/')?.mode).toBe(
      'never',
    );
    // A top-level domain alone was never accepted, and is still not.
    expect(
      parseStoredSettings({ ...stored, siteRules: [{ pattern: 'com', mode: 'never' }] }).settings
        .siteRules,
    ).toEqual([]);
  });
});

describe('sitePatternForUrl', () => {
  it.each([
    ['https://www.163.com/dy/article/X.html', '163.com'],
    ['https://news.163.com/', 'news.163.com'],
    ['http://localhost:8080/a', 'localhost:8080'],
    ['https://www.com/', 'www.com'],
    // Without www. only an ending many sites share would be left: the host is offered.
    ['https://www.gov.cn/', 'www.gov.cn'],
    ['https://www.com.tw/', 'www.com.tw'],
    ['https://www.sina.com.cn/', 'sina.com.cn'],
    // A page on such an ending itself gets no offer.
    ['https://com.cn/', null],
    ['about:blank', null],
    ['garbage', null],
  ])('%s → %s', (url, expected) => {
    expect(sitePatternForUrl(url)).toBe(expected);
  });
});

describe('sitePatternFromAddress', () => {
  it.each([
    ['https://www.kejisudi.example/archives/*', 'www.kejisudi.example/archives/*'],
    ['HTTP://Example.com', 'Example.com'],
    ['  https://user:pw@example.com:8080/a  ', 'example.com:8080/a'],
    ['https://a@b@example.com/', 'example.com/'],
    // An "@" past the host is not a user name: it stays, to be judged in the path.
    ['https://example.com/@reader', 'example.com/@reader'],
    ['https://example.com?x=@y', 'example.com?x=@y'],
    // The URL parser reads a backslash as a slash: what follows is not the host.
    ['https://evil.example\\@good.example', 'evil.example\\@good.example'],
    // Not an http(s) address: left for the validator to refuse or accept.
    ['example.com', 'example.com'],
    ['user@example.com', 'user@example.com'],
    ['ftp://example.com', 'ftp://example.com'],
    ['//example.com', '//example.com'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('turns %j into %j', (input, pattern) => {
    expect(sitePatternFromAddress(input)).toBe(pattern);
  });

  it.each<[string, SitePatternError]>([
    ['https://javascript:alert(1)', 'scheme'],
    ['https://data:text/html,x', 'scheme'],
    ['https://https://example.com', 'scheme'],
    ['https://example.com/<script>', 'forbidden-character'],
    ['https://evil.example\\@good.example', 'credentials'],
    ['https://<img src=x>', 'whitespace'],
    ['https://x@*', 'wildcard-alone'],
    ['https://user@com', 'top-level-domain'],
    ['https://', 'empty'],
    ['https://example.com/?q=1', 'query-or-fragment'],
  ])('leaves %j refused (%s)', (input, error) => {
    const result = validateSitePattern(sitePatternFromAddress(input));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(error);
  });
});
