// npm run coverage：content-map 的每个条目是否放到了某个页面上。
import { computeCoverage, formatCoverage, loadContentMap } from './lib/coverage';
import { loadPages } from './lib/pages';

const report = computeCoverage(loadContentMap(), loadPages());
console.log(formatCoverage(report));
