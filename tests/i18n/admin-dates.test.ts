// Every date in the editors' panel reads Hong Kong style, in Hong Kong time, in both interface languages.
import { describe, expect, it } from 'vitest';
import { formatAdminDate, formatAdminDateTime } from '@/i18n/admin-date';
import { formatHkDateTime } from '@/i18n/hk-time';

describe('the admin date formatter', () => {
  it('writes a time as Hong Kong editors do, in each interface language', () => {
    const at = new Date('2026-12-02T03:40:00Z');
    expect(formatAdminDateTime(at, 'zh-HK')).toBe('2026年12月2日 11:40');
    expect(formatAdminDateTime(at, 'en')).toBe('2 Dec 2026, 11:40');
  });

  it('uses the Hong Kong day when a UTC time crosses midnight there', () => {
    const lateUtc = new Date('2026-12-31T16:05:00Z');
    expect(formatAdminDateTime(lateUtc, 'zh-HK')).toBe('2027年1月1日 00:05');
    expect(formatAdminDateTime(lateUtc, 'en')).toBe('1 Jan 2027, 00:05');
    expect(formatAdminDate(lateUtc, 'zh-HK')).toBe('2027年1月1日');
    expect(formatAdminDate(lateUtc, 'en')).toBe('1 Jan 2027');
  });

  it('never falls back to a numeric day/month order or raw UTC', () => {
    const at = new Date('2026-09-02T23:59:00Z');
    for (const text of [formatAdminDateTime(at, 'zh-HK'), formatAdminDateTime(at, 'en')]) {
      expect(text).not.toMatch(/\d+\/\d+\/\d+/);
      expect(text).not.toContain('T23');
    }
    expect(formatAdminDateTime(at, 'en')).toBe('3 Sep 2026, 07:59');
    expect(formatAdminDateTime(new Date(Number.NaN), 'en')).toBe('—');
  });

  it('is the formatter the older Hong Kong time helper gives too', () => {
    const at = new Date('2026-12-02T03:40:00Z');
    expect(formatHkDateTime(at, 'zh-HK')).toBe(formatAdminDateTime(at, 'zh-HK'));
  });
});
