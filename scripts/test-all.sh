#!/usr/bin/env bash
# npm test：全部测试。需要的系统包（Go 1.23、JDK、chromium、中文字体）能装就装，
# 不能装就用一行话说明要装什么并失败退出——不会悄悄跳过任何测试。
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."

bash .ci/install-system-deps.sh
[ -d node_modules ] || npm ci --no-audit --no-fund

echo "== runner bundle"
npm run -s runner:build
echo "== typecheck (tsc --noEmit, strict)"
npm run -s typecheck
echo "== coverage"
npm run -s coverage | tail -n 1
echo "== production build (broken links and anchors throw)"
npx docusaurus clear >/dev/null
npm run -s build
echo "== unit, example, Go fidelity and end-to-end tests"
node --import tsx --test --test-concurrency=2 tests/unit/*.test.ts tests/examples/*.test.ts tests/fidelity/*.test.ts tests/e2e/*.test.ts
