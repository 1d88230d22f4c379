import { describe, expect, it } from 'vitest';
import { normalizeSettings } from './settings';
import { hostnameFromInput, parseSiteInput } from './site-input';

describe('hostnameFromInput', () => {
  it('normalises hostnames the way the site switch keys them', () => {
    expect(hostnameFromInput('example.com')).toBe('example.com');
    expect(hostnameFromInput('  WWW.Example.COM. ')).toBe('example.com');
    expect(hostnameFromInput('news.example.org')).toBe('news.example.org');
    expect(hostnameFromInput('localhost')).toBe('localhost');
    expect(hostnameFromInput('127.0.0.1')).toBe('127.0.0.1');
  });

  it('reduces a pasted address to its hostname', () => {
    expect(hostnameFromInput('https://www.example.com/a/b?c=d#e')).toBe('example.com');
    expect(hostnameFromInput('http://localhost:3000/')).toBe('localhost');
    expect(hostnameFromInput('example.com:8080/path')).toBe('example.com');
    expect(hostnameFromInput('http://[::1]:8080/')).toBe('[::1]');
  });

  it('gives international names in the punycode form pages report', () => {
    expect(hostnameFromInput('bücher.de')).toBe('xn--bcher-kva.de');
  });

  it('refuses what is not a hostname', () => {
    for (const garbage of [
      '',
      '   ',
      'not a site!',
      'asdf',
      'www.',
      '-bad.example.com',
      'bad-.example.com',
      'example..com',
      'foo_bar.com',
      '*.example.com',
      'user@example.com',
      'ftp://example.com',
      'javascript:alert(1)',
      '999.1.1.1',
      `${'a'.repeat(64)}.com`,
      `${'abc.'.repeat(64)}com`,
      'example.com\\evil',
    ]) {
      expect(hostnameFromInput(garbage), garbage).toBeNull();
    }
  });

  it('only gives keys that the stored settings keep', () => {
    for (const input of ['Example.com', 'https://bücher.de', '[::1]', '10.0.0.2', 'a-b.c-d.io']) {
      const site = hostnameFromInput(input) as string;
      expect(normalizeSettings({ disabledSites: [site] }).disabledSites).toEqual([site]);
    }
  });
});

describe('parseSiteInput', () => {
  it('says why an entry cannot be added', () => {
    expect(parseSiteInput(' ', [])).toEqual({ ok: false, reason: 'empty' });
    expect(parseSiteInput('nope', [])).toEqual({ ok: false, reason: 'invalid' });
    expect(parseSiteInput('www.a.org', ['a.org'])).toEqual({
      ok: false,
      reason: 'duplicate',
      site: 'a.org',
    });
  });

  it('gives the key of a new site', () => {
    expect(parseSiteInput('https://www.b.org/x', ['a.org'])).toEqual({ ok: true, site: 'b.org' });
  });
});

describe('a full site list', () => {
  it('refuses a site once sync storage could not hold the list', () => {
    const many = Array.from({ length: 500 }, (_, i) => `site-number-${i}.example.org`);
    expect(parseSiteInput('one-more.example.org', many)).toEqual({ ok: false, reason: 'full' });
    expect(parseSiteInput('one-more.example.org', many.slice(0, 50)).ok).toBe(true);
  });
});
