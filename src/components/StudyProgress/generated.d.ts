// 由 src/plugins/questions-index 在构建时写出的问题清单。
declare module '@generated/handbook-questions-index/default/questions.json' {
  const index: import('./types').QuestionsIndex;
  export default index;
}

declare module '@generated/handbook-questions-index/default/questions-*.json' {
  const questions: import('./types').IndexedQuestion[];
  export default questions;
}
