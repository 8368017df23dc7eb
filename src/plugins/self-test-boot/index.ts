import type { Plugin } from '@docusaurus/types';
import { SELF_TEST_ATTRIBUTE, SELF_TEST_STORAGE_KEY } from '../../components/StudyQuestion/selfTestMode';

/**
 * 首屏绘制前按 localStorage 给 <html> 打上自测模式标记（与颜色模式的做法相同），
 * 答案由 CSS 折叠：服务端渲染出的是展开的页面，水合前后都不会先闪出答案。
 */
export default function selfTestBootPlugin(): Plugin {
  const script = `try{if(localStorage.getItem(${JSON.stringify(SELF_TEST_STORAGE_KEY)})==='on')document.documentElement.setAttribute(${JSON.stringify(SELF_TEST_ATTRIBUTE)},'on')}catch(e){}`;
  return {
    name: 'handbook-self-test-boot',
    injectHtmlTags() {
      return { headTags: [{ tagName: 'script', innerHTML: script }] };
    },
  };
}
