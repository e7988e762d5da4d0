#!/usr/bin/env bash
# The commit path: `git commit` of three staged files through each tool's installed pre-commit
# hook, with one trivial local hook. precommit vs pre-commit (Debian 3.0.4, and 4.6.2 when
# /opt/pc46 has it) vs prek, in one hyperfine batch. Not a test; see bench/README.md.
#
#   bench/commit.sh              # 3 warm-ups, 20 runs
#   RUNS=40 bench/commit.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work/commit"
WARMUP="${WARMUP:-3}"
RUNS="${RUNS:-20}"
PREK_VERSION="${PREK_VERSION:-0.5.3}"

command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }
[ -x /usr/bin/pre-commit ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit >/dev/null; }

rm -rf "$work"
mkdir -p "$work/home"
export HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" XDG_CONFIG_HOME="$work/home/.config"
export PRE_COMMIT_HOME="$work/pc-store" PRECOMMIT_HOME="$work/store" PREK_HOME="$work/prek-store"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@localhost
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@localhost
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# precommit as users get it: install.sh's launcher, which writes the class archive
PREFIX="$work/prefix" "$root/install.sh" >/dev/null
PRECOMMIT="$work/prefix/bin/precommit"

PREK="$here/work/node_modules/@j178/prek-linux-x64-gnu/prek"
if [ ! -x "$PREK" ]; then
  npm install --prefix "$here/work" --no-audit --no-fund --silent "@j178/prek@$PREK_VERSION" >/dev/null
fi

config='repos:
-   repo: local
    hooks:
    -   id: trivial
        name: trivial
        entry: "true"
        language: system
'

make_repo() { # name, install command...
  local dir="$work/$1"; shift
  mkdir -p "$dir"
  git -C "$dir" init -q -b main
  printf '%s' "$config" >"$dir/.pre-commit-config.yaml"
  printf 'a\n' >"$dir/a.txt"; printf 'b\n' >"$dir/b.txt"; printf 'c\n' >"$dir/c.txt"
  git -C "$dir" add -A
  git -C "$dir" commit -q --no-verify -m init
  (cd "$dir" && "$@" >/dev/null)
}

tools=(precommit pre-commit-3.0.4 prek)
make_repo precommit "$PRECOMMIT" install
make_repo pre-commit-3.0.4 /usr/bin/pre-commit install
make_repo prek "$PREK" install
if [ -x /opt/pc46/bin/pre-commit ]; then
  make_repo pre-commit-4.6.2 /opt/pc46/bin/pre-commit install
  tools+=(pre-commit-4.6.2)
fi

args=()
for t in "${tools[@]}"; do
  d="$work/$t"
  # one check before timing: the hook must run and the commit must succeed
  (cd "$d" && date +%s%N | tee -a a.txt b.txt c.txt >/dev/null && git add a.txt b.txt c.txt && git commit -q -m check) \
    || { echo "bench/commit.sh: $t could not commit" >&2; exit 1; }
  args+=(--command-name "$t"
         --prepare "cd '$d' && date +%s%N | tee -a a.txt b.txt c.txt >/dev/null && git add a.txt b.txt c.txt"
         "cd '$d' && git commit -q -m bench")
done

# commands need a shell (cd + git); hyperfine subtracts the shell's own start-up
hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/commit.json" "${args[@]}" >/dev/null

python3 - "$work/commit.json" <<'PY'
import json, sys
rows = {r["command"]: sorted(r["times"])[len(r["times"]) // 2] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print("git commit of 3 files through the installed hook (median ms)")
for name, ms in rows.items():
    print(f"  {name:18s} {ms:8.1f}")
pc = rows["precommit"]
for other in rows:
    if other != "precommit":
        print(f"  precommit / {other:18s} {pc / rows[other]:.2f}")
PY
