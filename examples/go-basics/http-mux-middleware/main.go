package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"time"
)

// requestID 中间件：给每个请求编号，写进响应头。
func requestID(next http.Handler) http.Handler {
	var n atomic.Int64
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", fmt.Sprint(n.Add(1)))
		next.ServeHTTP(w, r)
	})
}

// recoverer 中间件：把 handler 里的 panic 变成 500，而不是让连接被直接断开。
func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				http.Error(w, fmt.Sprintf("internal error: %v", v), http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	// Go 1.22 起的路由模式：方法 + 路径，{id} 是路径参数，{path...} 匹配剩余部分。
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "user %s", r.PathValue("id"))
	})
	mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, "created")
	})
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %s", r.PathValue("path"))
	})
	mux.HandleFunc("GET /panic", func(w http.ResponseWriter, r *http.Request) {
		panic("boom")
	})
	return mux
}

func main() {
	srv := httptest.NewServer(requestID(recoverer(newMux())))
	defer srv.Close()

	client := &http.Client{Timeout: 2 * time.Second} // 永远不要用没有超时的客户端
	requests := []struct{ method, path string }{
		{"GET", "/users/42"},
		{"POST", "/users"},
		{"GET", "/files/docs/a.txt"},
		{"DELETE", "/users/42"},
		{"GET", "/panic"},
		{"GET", "/nope"},
	}
	for _, rq := range requests {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		req, err := http.NewRequestWithContext(ctx, rq.method, srv.URL+rq.path, nil)
		if err != nil {
			panic(err)
		}
		resp, err := client.Do(req)
		if err != nil {
			cancel()
			fmt.Println(rq.method, rq.path, "error:", err)
			continue
		}
		body, _ := io.ReadAll(resp.Body) // 读完并关闭 Body，连接才能复用
		resp.Body.Close()
		cancel()
		line := fmt.Sprintf("#%s %-6s %-18s -> %d %q", resp.Header.Get("X-Request-Id"), rq.method, rq.path,
			resp.StatusCode, strings.TrimSpace(string(body)))
		if allow := resp.Header.Get("Allow"); allow != "" {
			line += " Allow: " + allow
		}
		fmt.Println(line)
	}
}
