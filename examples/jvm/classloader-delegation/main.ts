// 类加载器的委派模拟：双亲委派（parent-first），以及 Tomcat 式的子优先（child-first）。
// loadClass 的骨架与 java.lang.ClassLoader.loadClass 相同：
//   1. findLoadedClass：自己加载过就直接返回；
//   2. 交给父加载器 loadClass（父为 null 时交给启动类加载器）；
//   3. 父加载器都找不到，才调用自己的 findClass 在自己的路径里找。
// 子优先的加载器把 2、3 对调，但 java.* 等核心类仍然先交给父加载器。

export {}; // 让本文件成为模块，避免与全局类型重名

// ---- 可以修改的参数 ----
const WEBAPP_CHILD_FIRST = true; // false：webapp 加载器也按双亲委派
/** 依次请求的类：[从哪个加载器开始, 类名] */
const REQUESTS: Array<[string, string]> = [
  ['app', 'java.lang.String'],
  ['app', 'java.sql.Driver'],
  ['app', 'com.example.OrderService'],
  ['app', 'com.example.OrderService'],
  ['webapp', 'org.slf4j.Logger'],
  ['webapp', 'java.lang.String'],
  ['app', 'org.slf4j.Logger'],
  ['webapp', 'java.lang.Hacked'],
];
// -------------------------

interface Loader {
  name: string;
  parent: Loader | null; // null 表示父加载器是启动类加载器（Java 里用 null 表示它）
  path: string[]; // 这个加载器自己能找到的类
  childFirst: boolean;
  loaded: Map<string, string>; // 类名 → 定义它的加载器
}

function loader(name: string, parent: Loader | null, path: string[], childFirst = false): Loader {
  return { name, parent, path, childFirst, loaded: new Map() };
}

const bootstrap = loader('bootstrap', null, ['java.lang.String', 'java.lang.Object', 'java.util.HashMap']);
const platform = loader('platform', bootstrap, ['java.sql.Driver']);
const app = loader('app', platform, ['com.example.OrderService', 'org.slf4j.Logger']);
const webapp = loader('webapp', app, ['org.slf4j.Logger', 'java.lang.Hacked'], WEBAPP_CHILD_FIRST);
const loaders = new Map([bootstrap, platform, app, webapp].map((l) => [l.name, l]));

function findClass(l: Loader, cls: string, pad: string): string | null {
  if (!l.path.includes(cls)) {
    console.log(`${pad}${l.name}：自己的路径里没有`);
    return null;
  }
  if (cls.startsWith('java.') && l !== bootstrap && l !== platform) {
    console.log(`${pad}${l.name}：defineClass 拒绝定义 java.* 包里的类 → SecurityException`);
    return null;
  }
  l.loaded.set(cls, l.name);
  console.log(`${pad}${l.name}：在自己的路径里找到，定义它`);
  return l.name;
}

function delegate(l: Loader, cls: string, pad: string): string | null {
  const parent = l.parent ?? (l === bootstrap ? null : bootstrap);
  if (!parent) return null;
  console.log(`${pad}${l.name}：委派给 ${parent.name}`);
  return loadClass(parent, cls, pad + '  ');
}

function loadClass(l: Loader, cls: string, pad = '  '): string | null {
  const done = l.loaded.get(cls);
  if (done) {
    console.log(`${pad}${l.name}：已加载过（由 ${done} 定义），直接返回`);
    return done;
  }
  let result: string | null;
  if (l.childFirst && !cls.startsWith('java.')) {
    result = findClass(l, cls, pad) ?? delegate(l, cls, pad);
  } else {
    result = delegate(l, cls, pad) ?? findClass(l, cls, pad);
  }
  if (result) l.loaded.set(cls, result); // 记住结果：下次 findLoadedClass 直接命中
  return result;
}

console.log(`webapp 加载器：${WEBAPP_CHILD_FIRST ? '子优先（Tomcat 的默认做法）' : '双亲委派'}`);
for (const [from, cls] of REQUESTS) {
  console.log(`${from}.loadClass("${cls}")`);
  const who = loadClass(loaders.get(from)!, cls);
  console.log(who ? `  => 由 ${who} 定义` : '  => ClassNotFoundException 或 SecurityException');
}
