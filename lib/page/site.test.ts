import { describe, expect, it } from 'vitest';
import { siteHostname } from './site';

describe('siteHostname', () => {
  it('is the hostname of an ordinary page', () => {
    expect(siteHostname({ hostname: 'example.org' }, 'https://example.org')).toBe('example.org');
  });

  it("is the parent's for srcdoc and about:blank frames, none for sandboxed ones", () => {
    expect(siteHostname({ hostname: '' }, 'https://news.example')).toBe('news.example');
    expect(siteHostname({ hostname: '' }, 'null')).toBe('');
  });
});
