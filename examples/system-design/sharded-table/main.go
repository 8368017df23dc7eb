// 常见示例：database/sql 连 MySQL，建表、插入、查询。插入语句写成
//
//	INSERT INTO users (name) VALUES (?), (?, ?)
//
// 列清单只有一列，第二组却有两个值，MySQL 报 1136 错误。
// 这里保留 database/sql 风格的调用，把数据库换成小接口 DB 和一个内存实现：
// 它按 id 取模把行存进两个分片，查询时扫描所有分片再按 id 归并。
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

type Row struct {
	ID    int
	Name  string
	Shard int
}

// DB 是本例用到的 database/sql 子集。
type DB interface {
	Exec(query string, args ...any) (rowsAffected int64, err error)
	Query(query string) ([]Row, error)
}

type memDB struct {
	created bool
	nextID  int // 全局自增 ID（分片后的全局 ID 见“全局唯一 ID”一节）
	shards  [2][]Row
}

var (
	reCreate = regexp.MustCompile(`(?s)^CREATE TABLE IF NOT EXISTS users\b`)
	reInsert = regexp.MustCompile(`^INSERT INTO users \(([^)]*)\) VALUES (.+)$`)
	reGroup  = regexp.MustCompile(`\(([^)]*)\)`)
	reSelect = regexp.MustCompile(`^SELECT id, name FROM users ORDER BY id$`)
)

func (db *memDB) Exec(query string, args ...any) (int64, error) {
	if reCreate.MatchString(query) {
		db.created = true
		return 0, nil
	}
	m := reInsert.FindStringSubmatch(query)
	if m == nil {
		return 0, fmt.Errorf("unsupported statement: %s", query)
	}
	if !db.created {
		return 0, fmt.Errorf("Error 1146 (42S02): Table 'users' doesn't exist")
	}
	cols := len(strings.Split(m[1], ","))
	groups := reGroup.FindAllStringSubmatch(m[2], -1)
	placeholders := 0
	for i, g := range groups {
		n := strings.Count(g[1], "?")
		if n != cols { // 服务器在准备语句时就会拒绝
			return 0, fmt.Errorf("Error 1136 (21S01): Column count doesn't match value count at row %d", i+1)
		}
		placeholders += n
	}
	if placeholders != len(args) {
		return 0, fmt.Errorf("sql: expected %d arguments, got %d", placeholders, len(args))
	}
	for _, a := range args {
		db.nextID++
		shard := db.nextID % 2 // 按 id 取模路由
		db.shards[shard] = append(db.shards[shard], Row{ID: db.nextID, Name: fmt.Sprint(a), Shard: shard})
	}
	return int64(len(args)), nil
}

func (db *memDB) Query(query string) ([]Row, error) {
	if !reSelect.MatchString(query) {
		return nil, fmt.Errorf("unsupported query: %s", query)
	}
	var all []Row
	for _, s := range db.shards { // 不带分片键：扫描所有分片
		all = append(all, s...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID }) // 归并排序结果
	return all, nil
}

func main() {
	var db DB = &memDB{}

	_, err := db.Exec(`CREATE TABLE IF NOT EXISTS users (
		id INT AUTO_INCREMENT PRIMARY KEY,
		name VARCHAR(255) NOT NULL
	)`)
	fmt.Println("create table:", errText(err))

	// 常见示例的语句：第二组有两个占位符
	_, err = db.Exec(`INSERT INTO users (name) VALUES (?), (?, ?)`, "Alice", "Bob", "Charlie")
	fmt.Println("original insert:", errText(err))

	// 修正：每组一个占位符，与列数一致
	n, err := db.Exec(`INSERT INTO users (name) VALUES (?), (?), (?)`, "Alice", "Bob", "Charlie")
	fmt.Println("fixed insert:", errText(err), "rows:", n)

	// 占位符个数和参数个数不一致
	_, err = db.Exec(`INSERT INTO users (name) VALUES (?), (?)`, "Dave")
	fmt.Println("missing arg:", errText(err))

	rows, err := db.Query(`SELECT id, name FROM users ORDER BY id`)
	if err != nil {
		fmt.Println("query:", err)
		return
	}
	for _, r := range rows {
		fmt.Printf("id=%d name=%s shard=%d\n", r.ID, r.Name, r.Shard)
	}
}

func errText(err error) string {
	if err == nil {
		return "ok"
	}
	return err.Error()
}
