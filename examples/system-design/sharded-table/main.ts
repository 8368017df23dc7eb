// 常见示例的插入语句 INSERT INTO users (name) VALUES (?), (?, ?) 列数与值数不符（MySQL 1136 错误）。
// 这里用小接口 DB 和内存实现代替 MySQL：按 id 取模把行存进两个分片，查询时扫描所有分片再按 id 归并。
import { fmt } from './go';

// 可以修改：分片数
const SHARDS = 2;

interface Row {
  id: number;
  name: string;
  shard: number;
}

// database/sql 子集：返回 [结果, 错误]，模仿 Go 的多返回值
interface DB {
  exec(query: string, ...args: unknown[]): [number, Error | null];
  query(query: string): [Row[], Error | null];
}

const reCreate = /^CREATE TABLE IF NOT EXISTS users\b/s;
const reInsert = /^INSERT INTO users \(([^)]*)\) VALUES (.+)$/;
const reGroup = /\(([^)]*)\)/g;
const reSelect = /^SELECT id, name FROM users ORDER BY id$/;

class MemDB implements DB {
  private created = false;
  private nextID = 0; // 全局自增 ID
  private shards: Row[][] = Array.from({ length: SHARDS }, () => []);

  exec(query: string, ...args: unknown[]): [number, Error | null] {
    if (reCreate.test(query)) {
      this.created = true;
      return [0, null];
    }
    const m = reInsert.exec(query);
    if (!m) return [0, new Error(`unsupported statement: ${query}`)];
    if (!this.created) return [0, new Error("Error 1146 (42S02): Table 'users' doesn't exist")];
    const cols = m[1].split(',').length;
    const groups = [...m[2].matchAll(reGroup)];
    let placeholders = 0;
    for (let i = 0; i < groups.length; i++) {
      const n = groups[i][1].split('?').length - 1;
      if (n !== cols) {
        // 服务器在准备语句时就会拒绝
        return [0, new Error(`Error 1136 (21S01): Column count doesn't match value count at row ${i + 1}`)];
      }
      placeholders += n;
    }
    if (placeholders !== args.length) {
      return [0, new Error(`sql: expected ${placeholders} arguments, got ${args.length}`)];
    }
    for (const a of args) {
      this.nextID++;
      const shard = this.nextID % SHARDS; // 按 id 取模路由
      this.shards[shard].push({ id: this.nextID, name: String(a), shard });
    }
    return [args.length, null];
  }

  query(query: string): [Row[], Error | null] {
    if (!reSelect.test(query)) return [[], new Error(`unsupported query: ${query}`)];
    const all = this.shards.flat(); // 不带分片键：扫描所有分片
    all.sort((a, b) => a.id - b.id); // 归并排序结果
    return [all, null];
  }
}

const errText = (err: Error | null): string => (err === null ? 'ok' : err.message);

const db: DB = new MemDB();

let [, err] = db.exec(`CREATE TABLE IF NOT EXISTS users (
    id INT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL
)`);
fmt.Println('create table:', errText(err));

// 常见示例的语句：第二组有两个占位符
[, err] = db.exec('INSERT INTO users (name) VALUES (?), (?, ?)', 'Alice', 'Bob', 'Charlie');
fmt.Println('original insert:', errText(err));

// 修正：每组一个占位符，与列数一致
let n: number;
[n, err] = db.exec('INSERT INTO users (name) VALUES (?), (?), (?)', 'Alice', 'Bob', 'Charlie');
fmt.Println('fixed insert:', errText(err), 'rows:', n);

// 占位符个数和参数个数不一致
[, err] = db.exec('INSERT INTO users (name) VALUES (?), (?)', 'Dave');
fmt.Println('missing arg:', errText(err));

const [rows, qerr] = db.query('SELECT id, name FROM users ORDER BY id');
if (qerr !== null) {
  fmt.Println('query:', qerr);
} else {
  for (const r of rows) fmt.Printf('id=%d name=%s shard=%d\n', r.id, r.name, r.shard);
}
