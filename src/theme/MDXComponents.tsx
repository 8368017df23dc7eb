import MDXComponents from '@theme-original/MDXComponents';
import MermaidDiagram from '@site/src/components/MermaidDiagram';
import CategoryQuestionList from '@site/src/components/StudyProgress/CategoryQuestionList';
import { QuestionFollowups, QuestionSection, QuestionToolbar } from '@site/src/components/StudyQuestion/QuestionSection';

// remark-question-sections、remark-mermaid-static 和 remark-category-list 生成的元素；页面里不用 import。
export default {
  ...MDXComponents,
  QuestionSection,
  QuestionToolbar,
  QuestionFollowups,
  MermaidDiagram,
  CategoryQuestionList,
};
