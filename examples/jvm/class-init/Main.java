// 类什么时候初始化：逐个试验“主动使用”和“被动引用”，看静态初始化块什么时候执行。
public class Main {
    static int log(String msg) {
        System.out.println("   >> " + msg);
        return 0;
    }

    static class Parent {
        static int value = 1;
        static { log("Parent 初始化"); }
    }

    static class Child extends Parent {
        static final String CONST = "编译期常量";   // 值在编译时就内联进了使用方
        static int childValue = 2;
        static { log("Child 初始化"); }
    }

    interface Plugin {
        int MARK = log("Plugin 接口初始化");        // 不是编译期常量，需要执行初始化
    }

    static class Impl implements Plugin {
        static { log("Impl 初始化"); }
    }

    static class Lazy {
        static { log("Lazy 初始化"); }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("1. 通过子类读父类的静态字段");
        int v = Child.value;
        System.out.println("   Child.value = " + v + "，只初始化了声明它的 Parent");

        System.out.println("2. 创建 Child 数组");
        Child[] arr = new Child[3];
        System.out.println("   长度 " + arr.length + "，没有初始化 Child");

        System.out.println("3. 读编译期常量");
        String c = Child.CONST;
        System.out.println("   Child.CONST = " + c + "，没有初始化 Child");

        System.out.println("4. ClassLoader.loadClass 只加载、不初始化");
        Class<?> lazy = ClassLoader.getSystemClassLoader().loadClass("Main$Lazy");
        System.out.println("   拿到了 " + lazy.getSimpleName() + " 的 Class 对象");

        System.out.println("5. 读 Child 自己的静态字段");
        int cv = Child.childValue;
        System.out.println("   Child.childValue = " + cv + "，Parent 已初始化过，不再重复");

        System.out.println("6. Class.forName 默认会初始化");
        Class.forName("Main$Lazy");
        System.out.println("   第二次 Class.forName 不再执行静态块");
        Class.forName("Main$Lazy");

        System.out.println("7. new 实现类不会初始化它实现的接口");
        new Impl();
        System.out.println("8. 读接口里非常量的静态字段才初始化接口");
        int m = Plugin.MARK;
        System.out.println("   Plugin.MARK = " + m);
    }
}
