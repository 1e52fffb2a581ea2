#!/usr/bin/env bash
# The entry of the pre-commit hook (.pre-commit-hooks.yaml): lints the files
# pre-commit passes (the staged Markdown files) with the reqlint of this clone,
# from the working directory pre-commit gives (the project's root), so the
# project's configuration applies. The first run in a clone installs the
# dependencies and builds the packages; later runs start at once.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ ! -f "$here/packages/cli/dist/main.js" ] || [ ! -f "$here/packages/core/dist/index.js" ]; then
  echo "reqlint: building the hook in $here (once per version)…" >&2
  (cd "$here" && npx --yes pnpm@10 install --frozen-lockfile >&2)
fi
exec node "$here/packages/cli/bin/reqlint.js" "$@"
