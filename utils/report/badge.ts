import type { PageReport } from '../messaging/protocol.ts';

export interface BadgeState {
  /** At most two characters: 简, 繁, … for converting, '' for nothing to say. */
  text: string;
  /** Background colour, a CSS hex colour. */
  color: string;
  /** Tooltip suffix for the toolbar button. */
  title: string;
}

const SIMPLIFIED = '#1565c0';
const TRADITIONAL = '#c62828';
const OFF = '#616161';

/**
 * What the toolbar badge shows for a tab: 简 or 繁 while the page is shown
 * converted (with the conversion progress while a large page is still
 * being converted), "off" on a Chinese page left as it is, and nothing on
 * pages without Chinese.
 */
export function badgeFor(report: PageReport | null): BadgeState {
  if (!report || !report.hasChinese) return { text: '', color: OFF, title: '' };
  const { conversion } = report;
  if (!conversion.active || conversion.target === null) {
    return { text: 'off', color: OFF, title: 'off' };
  }
  const simplified = conversion.target === 'cn';
  const color = simplified ? SIMPLIFIED : TRADITIONAL;
  if (conversion.progress < 1) {
    const percent = Math.floor(conversion.progress * 100);
    return { text: `${percent}%`, color, title: `${percent}%` };
  }
  return { text: simplified ? '简' : '繁', color, title: conversion.target };
}
