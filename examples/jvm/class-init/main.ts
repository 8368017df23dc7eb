// 类什么时候初始化：逐个试验“主动使用”和“被动引用”，看静态初始化块什么时候执行。
// TypeScript 里没有 JVM 的类加载，这里用一个小模型模拟 JVMS 第 5.5 节的规则：
//   - new、读写静态字段（编译期常量除外）、调用静态方法、Class.forName、反射：初始化“声明该成员的类”；
//   - 初始化一个类之前先初始化它的父类（但不初始化它实现的接口）；
//   - 创建数组、读编译期常量、ClassLoader.loadClass：都不触发初始化；
//   - 每个类只初始化一次。

export {}; // 让本文件成为模块，避免与全局类型重名

interface Klass {
  name: string;
  superclass?: Klass;
  staticInit: () => void; // 对应 <clinit>：静态字段赋值和 static 块
  fields: Record<string, { value: number | string; constant: boolean }>;
}

const initialized = new Set<string>();

function log(msg: string): number {
  console.log(`   >> ${msg}`);
  return 0;
}

function initialize(k: Klass): void {
  if (initialized.has(k.name)) return; // 已经初始化过
  if (k.superclass) initialize(k.superclass); // 先初始化父类
  initialized.add(k.name);
  k.staticInit();
}

/** getstatic：沿继承链找到声明这个字段的类，只初始化那个类；编译期常量在编译时已内联，不访问类。 */
function getstatic(k: Klass, field: string): number | string {
  for (let c: Klass | undefined = k; c; c = c.superclass) {
    const f = c.fields[field];
    if (!f) continue;
    if (!f.constant) initialize(c);
    return f.value;
  }
  throw new Error(`NoSuchFieldError: ${field}`);
}

const Parent: Klass = { name: 'Parent', staticInit: () => log('Parent 初始化'), fields: { value: { value: 1, constant: false } } };
const Child: Klass = {
  name: 'Child',
  superclass: Parent,
  staticInit: () => log('Child 初始化'),
  fields: { CONST: { value: '编译期常量', constant: true }, childValue: { value: 2, constant: false } },
};
const Plugin: Klass = { name: 'Plugin', staticInit: () => void 0, fields: { MARK: { value: 0, constant: false } } };
Plugin.staticInit = () => {
  Plugin.fields.MARK!.value = log('Plugin 接口初始化');
};
const Impl: Klass = { name: 'Impl', staticInit: () => log('Impl 初始化'), fields: {} }; // implements Plugin：接口不是父类
const Lazy: Klass = { name: 'Lazy', staticInit: () => log('Lazy 初始化'), fields: {} };

console.log('1. 通过子类读父类的静态字段');
const v = getstatic(Child, 'value');
console.log(`   Child.value = ${v}，只初始化了声明它的 Parent`);

console.log('2. 创建 Child 数组');
const arr: Array<Klass | null> = new Array<Klass | null>(3).fill(null); // anewarray 不初始化元素类型
console.log(`   长度 ${arr.length}，没有初始化 Child`);

console.log('3. 读编译期常量');
const c = getstatic(Child, 'CONST');
console.log(`   Child.CONST = ${c}，没有初始化 Child`);

console.log('4. ClassLoader.loadClass 只加载、不初始化');
const lazy = Lazy; // 加载：拿到 Class 对象，但不执行 <clinit>
console.log(`   拿到了 ${lazy.name} 的 Class 对象`);

console.log('5. 读 Child 自己的静态字段');
const cv = getstatic(Child, 'childValue');
console.log(`   Child.childValue = ${cv}，Parent 已初始化过，不再重复`);

console.log('6. Class.forName 默认会初始化');
initialize(Lazy);
console.log('   第二次 Class.forName 不再执行静态块');
initialize(Lazy);

console.log('7. new 实现类不会初始化它实现的接口');
initialize(Impl); // new Impl()
console.log('8. 读接口里非常量的静态字段才初始化接口');
const m = getstatic(Plugin, 'MARK');
console.log(`   Plugin.MARK = ${m}`);
