/** 构建时从真实页面生成的问题清单（见 src/plugins/questions-index）。 */
export interface IndexedQuestion {
  /** 进度的键：`文档 id#标题 id`，例如 `mysql/transactions-mvcc-locks#mvcc`（标题 id 只在页内唯一）。 */
  key: string;
  title: string;
  /** 带锚点的站内地址（含 baseUrl）。 */
  url: string;
  /** 所在页面的标题。 */
  page: string;
}

export interface IndexedCategory {
  id: string;
  label: string;
  questions: IndexedQuestion[];
}

export interface QuestionsIndex {
  categories: IndexedCategory[];
}

export type Mark = 'mastered' | 'review';
export type Marks = Readonly<Record<string, Mark>>;

export const questionKey = (docId: string, headingId: string): string => `${docId}#${headingId}`;
