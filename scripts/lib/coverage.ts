// content-map 条目在页面上的覆盖情况。
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from './pages';

export const CONTENT_MAP = join(__dirname, '..', '..', '..', 'shared', 'content-map.json');

export interface SeedEntry {
  id: string;
  category: string;
  question: string;
  duplicate_of: string | null;
}

export function loadContentMap(path = CONTENT_MAP): SeedEntry[] {
  return JSON.parse(readFileSync(path, 'utf8')) as SeedEntry[];
}

export interface CoverageReport {
  total: number;
  placed: Set<string>;
  unknownIds: Array<{ id: string; page: string }>;
  duplicatePlacements: Array<{ id: string; pages: string[] }>;
  /** 已有页面的分类里没有放上的条目。 */
  missingInStartedCategories: Map<string, string[]>;
  missingByCategory: Map<string, string[]>;
  categoryOrder: string[];
}

export function computeCoverage(entries: SeedEntry[], pages: Page[]): CoverageReport {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pagesOf = new Map<string, string[]>();
  const unknownIds: CoverageReport['unknownIds'] = [];
  for (const page of pages) {
    for (const id of page.frontMatter.seed_ids ?? []) {
      if (!byId.has(id)) unknownIds.push({ id, page: page.file });
      pagesOf.set(id, [...(pagesOf.get(id) ?? []), page.file]);
    }
  }
  const duplicatePlacements = [...pagesOf.entries()]
    .filter(([, ps]) => ps.length > 1)
    .map(([id, ps]) => ({ id, pages: ps }));

  // 标了 duplicate_of 的条目：它的规范条目所在页面列出了它，或者规范条目已放上，都算放上。
  const placed = new Set<string>();
  for (const e of entries) {
    if (pagesOf.has(e.id)) placed.add(e.id);
    else if (e.duplicate_of && pagesOf.has(e.duplicate_of)) placed.add(e.id);
  }

  const categoryOrder: string[] = [];
  const missingByCategory = new Map<string, string[]>();
  for (const e of entries) {
    if (!categoryOrder.includes(e.category)) categoryOrder.push(e.category);
    if (!placed.has(e.id)) missingByCategory.set(e.category, [...(missingByCategory.get(e.category) ?? []), e.id]);
  }
  const started = new Set(pages.filter((p) => (p.frontMatter.seed_ids ?? []).length > 0).map((p) => p.category));
  const missingInStartedCategories = new Map([...missingByCategory].filter(([cat]) => started.has(cat)));
  return { total: entries.length, placed, unknownIds, duplicatePlacements, missingInStartedCategories, missingByCategory, categoryOrder };
}

export function formatCoverage(r: CoverageReport): string {
  const lines: string[] = [];
  for (const cat of r.categoryOrder) {
    const missing = r.missingByCategory.get(cat) ?? [];
    lines.push(missing.length ? `${cat}: missing ${missing.length}: ${missing.join(', ')}` : `${cat}: complete`);
  }
  for (const u of r.unknownIds) lines.push(`unknown id ${u.id} in ${u.page}`);
  for (const d of r.duplicatePlacements) lines.push(`id ${d.id} on several pages: ${d.pages.join(', ')}`);
  lines.push(`placed ${r.placed.size}/${r.total} seed entries`);
  return lines.join('\n');
}
