import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import path from 'node:path';
import { parsePage } from '../../../scripts/lib/pages';
import { CATEGORIES } from '../../data/categories';
import { isCategoryIndex } from '../remark-question-sections';
import { questionKey, type IndexedCategory, type QuestionsIndex } from '../../components/StudyProgress/types';

export const PLUGIN_NAME = 'handbook-questions-index';

export const categoryQuestionsFile = (category: string): string => `questions-${category}.json`;

interface DocLike {
  id: string;
  title: string;
  permalink: string;
  source: string;
  sidebarPosition?: number;
}

const stripMarkdown = (s: string): string => s.replace(/[`*_]/g, '').trim();

/**
 * 问题清单 = 内容页里带 id 的 `##` 标题（与 remark-question-sections 的规则一致）。
 * 写成一个 JSON 数据模块，只有首页、分类首页和进度页按需 import()，不进每一页的包。
 */
export function buildQuestionsIndex(docs: DocLike[], siteDir: string): QuestionsIndex {
  const order = new Map(CATEGORIES.map((c, i) => [c.id, i]));
  const sorted = [...docs]
    .filter((d) => order.has(d.id.split('/')[0]!) && !isCategoryIndex(d.source))
    .sort(
      (a, b) =>
        order.get(a.id.split('/')[0]!)! - order.get(b.id.split('/')[0]!)! ||
        (a.sidebarPosition ?? Infinity) - (b.sidebarPosition ?? Infinity) ||
        a.id.localeCompare(b.id),
    );
  const categories: IndexedCategory[] = CATEGORIES.map((c) => ({ id: c.id, label: c.label, questions: [] }));
  const byId = new Map(categories.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (const doc of sorted) {
    const file = path.join(siteDir, doc.source.replace(/^@site[\\/]/, ''));
    for (const h of parsePage(file).headings) {
      if (h.depth !== 2 || !h.id) continue;
      const key = questionKey(doc.id, h.id);
      if (seen.has(key)) throw new Error(`问题 id 重复：${key}`);
      seen.add(key);
      byId.get(doc.id.split('/')[0]!)!.questions.push({ key, title: stripMarkdown(h.text), url: `${doc.permalink}#${h.id}`, page: doc.title });
    }
  }
  return { categories };
}

export default function questionsIndexPlugin(context: LoadContext): Plugin {
  return {
    name: PLUGIN_NAME,
    async allContentLoaded({ allContent, actions }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.['default'] as LoadedContent | undefined;
      const docs = docsContent?.loadedVersions.flatMap((v) => v.docs) ?? [];
      const index = buildQuestionsIndex(docs, context.siteDir);
      await actions.createData('questions.json', JSON.stringify(index));
      // 每个分类一份，分类首页在构建时 import 自己那一份（见 remark-category-list.ts）。
      for (const c of index.categories) await actions.createData(categoryQuestionsFile(c.id), JSON.stringify(c.questions));
    },
  };
}
