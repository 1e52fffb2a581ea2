#!/usr/bin/env bash
# The lint step of the GitHub action (action.yml in the repository root). The
# action's inputs arrive as REQLINT_* variables; this step never fails by itself:
# it records reqlint's exit code and whether the job should fail, so that the
# SARIF upload runs first and a later step fails the job.
#
# REQLINT_COMMAND overrides how reqlint is started (tests run the repository's
# own binary); by default the project's installed reqlint, else npx.
set -uo pipefail

paths=${REQLINT_PATHS:-.}
format=${REQLINT_FORMAT:-sarif}
fail_on=${REQLINT_FAIL_ON:-error}
sarif_file=${REQLINT_SARIF_FILE:-reqlint.sarif}
output=${GITHUB_OUTPUT:-/dev/null}

case "$fail_on" in
  error | warning | never) ;;
  *)
    echo "::error title=reqlint::fail-on must be error, warning or never, not '$fail_on'"
    echo "exit-code=2" >>"$output"
    echo "failed=true" >>"$output"
    exit 0
    ;;
esac

if [ -n "${REQLINT_COMMAND:-}" ]; then
  read -r -a command <<<"$REQLINT_COMMAND"
elif [ -x node_modules/.bin/reqlint ] && [ "${REQLINT_VERSION:-latest}" = latest ]; then
  command=(node_modules/.bin/reqlint)
else
  command=(npx --yes "reqlint@${REQLINT_VERSION:-latest}")
fi

args=(--format "$format")
[ -n "${REQLINT_CONFIG:-}" ] && args+=(--config "$REQLINT_CONFIG")
[ -n "${REQLINT_CHANGED_SINCE:-}" ] && args+=(--changed-since "$REQLINT_CHANGED_SINCE")
[ "$fail_on" = warning ] && args+=(--max-warnings 0)
if [ "$format" = sarif ]; then
  args+=(--output "$sarif_file")
  echo "sarif-file=$sarif_file" >>"$output"
fi

# Paths are split at white space, never expanded by the shell: reqlint expands globs itself.
set -f
# shellcheck disable=SC2206
path_list=($paths)
set +f

"${command[@]}" "${args[@]}" -- "${path_list[@]}"
code=$?
echo "exit-code=$code" >>"$output"
# 2 is bad usage or configuration: always a failure. 1 is findings over the threshold.
if [ "$code" -ge 2 ] || { [ "$code" -eq 1 ] && [ "$fail_on" != never ]; }; then
  echo "failed=true" >>"$output"
else
  echo "failed=false" >>"$output"
fi
exit 0
