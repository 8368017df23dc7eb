import { fmt } from './go';

// 沙箱里没有网络：这里在内存中模拟 net/http 的 Handler、中间件链和 Go 1.22 的 ServeMux 路由规则，
// 请求直接交给 handler 处理（相当于 httptest.NewRecorder），输出与 Go 版本一致。

interface Request {
  method: string;
  path: string;
  params: Map<string, string>;
}

class ResponseWriter {
  status = 0;
  body = '';
  readonly header = new Map<string, string>();
  writeHeader(code: number): void {
    if (this.status === 0) this.status = code;
  }
  write(s: string): void {
    if (this.status === 0) this.status = 200;
    this.body += s;
  }
}

type Handler = (w: ResponseWriter, r: Request) => void;
type Middleware = (next: Handler) => Handler;

function httpError(w: ResponseWriter, msg: string, code: number): void {
  w.writeHeader(code);
  w.write(msg + '\n');
}

const requestID: Middleware = (next) => {
  let n = 0;
  return (w, r) => {
    w.header.set('X-Request-Id', String(++n));
    next(w, r);
  };
};

const recoverer: Middleware = (next) => (w, r) => {
  try {
    next(w, r);
  } catch (e) {
    httpError(w, `internal error: ${(e as Error).message}`, 500);
  }
};

// 一个简化的 ServeMux：模式是 "METHOD /a/{x}/{rest...}"。
// 路径匹配但方法不匹配时返回 405 并带 Allow 头（注册了 GET 的也允许 HEAD）；都不匹配返回 404。
class ServeMux {
  private readonly routes: { method: string; segs: string[]; h: Handler }[] = [];

  handleFunc(pattern: string, h: Handler): void {
    const [method, path] = pattern.split(' ');
    this.routes.push({ method, segs: path.split('/').slice(1), h });
  }

  private match(segs: string[], path: string): Map<string, string> | null {
    const parts = path.split('/').slice(1);
    const params = new Map<string, string>();
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      if (s.startsWith('{') && s.endsWith('...}')) {
        if (i >= parts.length) return null;
        params.set(s.slice(1, -4), parts.slice(i).join('/'));
        return params;
      }
      if (i >= parts.length) return null;
      if (s.startsWith('{')) params.set(s.slice(1, -1), parts[i]);
      else if (s !== parts[i]) return null;
    }
    return parts.length === segs.length ? params : null;
  }

  readonly serve: Handler = (w, r) => {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = this.match(route.segs, r.path);
      if (params === null) continue;
      if (route.method === r.method) {
        route.h(w, { ...r, params });
        return;
      }
      allowed.push(route.method);
      if (route.method === 'GET') allowed.push('HEAD');
    }
    if (allowed.length > 0) {
      w.header.set('Allow', allowed.sort().join(', '));
      httpError(w, 'Method Not Allowed', 405);
      return;
    }
    httpError(w, '404 page not found', 404);
  };
}

const mux = new ServeMux();
mux.handleFunc('GET /users/{id}', (w, r) => w.write(`user ${r.params.get('id')}`));
mux.handleFunc('POST /users', (w) => {
  w.writeHeader(201);
  w.write('created');
});
mux.handleFunc('GET /files/{path...}', (w, r) => w.write(`file ${r.params.get('path')}`));
mux.handleFunc('GET /panic', () => {
  throw new Error('boom');
});

const handler = requestID(recoverer(mux.serve));

const requests: [string, string][] = [
  ['GET', '/users/42'],
  ['POST', '/users'],
  ['GET', '/files/docs/a.txt'],
  ['DELETE', '/users/42'],
  ['GET', '/panic'],
  ['GET', '/nope'],
];
for (const [method, path] of requests) {
  const w = new ResponseWriter();
  handler(w, { method, path, params: new Map() });
  let line = fmt.Sprintf('#%s %-6s %-18s -> %d %q', w.header.get('X-Request-Id'), method, path, w.status, w.body.trim());
  const allow = w.header.get('Allow');
  if (allow) line += ' Allow: ' + allow;
  fmt.Println(line);
}
