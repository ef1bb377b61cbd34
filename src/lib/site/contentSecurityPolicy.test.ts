import {
  contentSecurityPolicy,
  findInlineScripts,
  insertPolicyMeta,
  serializePolicy,
} from './contentSecurityPolicy';

describe('serializePolicy', () => {
  it('forbids sending data to other hosts and plugins', () => {
    const policy = serializePolicy(contentSecurityPolicy);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('adds inline script hashes to script-src once, in a stable order', () => {
    const policy = serializePolicy({'script-src': ["'self'"]}, [
      "'sha256-b'",
      "'sha256-a'",
      "'sha256-b'",
    ]);
    expect(policy).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
  });
});

describe('findInlineScripts', () => {
  it.each([
    ['an inline script', '<script>a()</script>', ['a()']],
    ['an external script, quoted', '<script src="/x.js"></script>', []],
    ['an external script, unquoted (minified HTML)', '<script src=/x.js defer></script>', []],
    ['a JSON-LD block', '<script type="application/ld+json">{"a":1}</script>', []],
    ['two scripts', '<script>a()</script><p>x</p><script type=module>b()</script>', ['a()', 'b()']],
  ])('finds %s', (_name, html, expected) => {
    expect(findInlineScripts(html)).toEqual(expected);
  });
});

describe('insertPolicyMeta', () => {
  it('puts the meta tag first in <head>, escaping quotes', () => {
    const html = '<html><head><meta charset=utf-8><script>a()</script></head></html>';
    expect(insertPolicyMeta(html, `script-src 'self'`)).toBe(
      `<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><meta charset=utf-8><script>a()</script></head></html>`,
    );
  });

  it('refuses a page without <head> or with a policy already', () => {
    expect(() => insertPolicyMeta('<p>x</p>', 'a')).toThrow(/no <head>/);
    expect(() =>
      insertPolicyMeta('<head><meta http-equiv="Content-Security-Policy" content="x"></head>', 'a'),
    ).toThrow(/already/);
  });
});
