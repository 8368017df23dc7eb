import MDXComponents from '@theme-original/MDXComponents';
import { QuestionFollowups, QuestionSection, QuestionToolbar } from '@site/src/components/StudyQuestion/QuestionSection';

// remark-question-sections 生成的元素；页面里不用 import。
export default {
  ...MDXComponents,
  QuestionSection,
  QuestionToolbar,
  QuestionFollowups,
};
