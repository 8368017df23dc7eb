import MDXComponents from '@theme-original/MDXComponents';
import MermaidDiagram from '@site/src/components/MermaidDiagram';
import { QuestionFollowups, QuestionSection, QuestionToolbar } from '@site/src/components/StudyQuestion/QuestionSection';

// remark-question-sections 和 remark-mermaid-static 生成的元素；页面里不用 import。
export default {
  ...MDXComponents,
  QuestionSection,
  QuestionToolbar,
  QuestionFollowups,
  MermaidDiagram,
};
