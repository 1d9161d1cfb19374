#!/bin/sh
# The measure experiment (measureLearned.test.ts) on each pair's first-sight tree: the tree of
# the commit that first scored the pair (docs/workbench.md), so the rule parser, phrase table and
# sets are as they stood then. Each tree is exported (git archive) under .cache/measurexp/, given
# this worktree's node_modules and the experiment files, and run there, one pair at a time.
set -e
root=$(git rev-parse --show-toplevel)
for commit in ${*:-99c42e2 8a51430 b90e99c d634044 08627a8}; do
  dir="$root/.cache/measurexp/tree-$commit"
  rm -rf "$dir"
  mkdir -p "$dir"
  git -C "$root" archive "$commit" | tar -x -C "$dir"
  ln -s "$root/node_modules" "$dir/node_modules"
  mkdir -p "$dir/scripts/experiments"
  cp "$root/scripts/experiments/measureLearned.test.ts" "$root/scripts/experiments/vitest.config.ts" \
    "$dir/scripts/experiments/"
  status=0
  (cd "$dir" && MEASUREXP_COMMIT="$commit" npx vitest run \
    --config scripts/experiments/vitest.config.ts measureLearned >"$dir.log" 2>&1) || status=$?
  grep -E '^\| [0-9]|trained on' "$dir.log" || true
  rm -rf "$dir"
  if [ "$status" -ne 0 ]; then
    cat "$dir.log"
    echo "first-sight run of $commit failed" >&2
    exit "$status"
  fi
done
