#!/usr/bin/env bash
# The commit path: `git commit` through each tool's installed pre-commit hook, with one trivial
# local hook, in two hyperfine batches: three staged files, and a no-op (nothing staged,
# --allow-empty). precommit through its warm JVM and cold (PRECOMMIT_NO_DAEMON=1) vs pre-commit
# (Debian 3.0.4, and 4.6.2 when /opt/pc46 has it) vs prek. Prints medians, the ratios and
# PASS/MISS against the targets of the start-up issue. Not a test; see bench/README.md.
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
# the warm JVM this script starts goes away soon after it
export PRECOMMIT_DAEMON_IDLE_SECONDS=60

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

tools=(precommit precommit-cold pre-commit-3.0.4 prek)
make_repo precommit "$PRECOMMIT" install
make_repo precommit-cold "$PRECOMMIT" install
make_repo pre-commit-3.0.4 /usr/bin/pre-commit install
make_repo prek "$PREK" install
if [ -x /opt/pc46/bin/pre-commit ]; then
  make_repo pre-commit-4.6.2 /opt/pc46/bin/pre-commit install
  tools+=(pre-commit-4.6.2)
fi

commit_args=()
noop_args=()
for t in "${tools[@]}"; do
  d="$work/$t"
  envp=""
  [ "$t" = precommit-cold ] && envp="PRECOMMIT_NO_DAEMON=1 "
  # one check before timing: the hook must run and the commit must succeed (for precommit this
  # also starts the warm JVM, which the warm-ups then use)
  (cd "$d" && date +%s%N | tee -a a.txt b.txt c.txt >/dev/null && git add a.txt b.txt c.txt \
      && env ${envp:+PRECOMMIT_NO_DAEMON=1} git commit -q -m check >/dev/null) \
    || { echo "bench/commit.sh: $t could not commit" >&2; exit 1; }
  commit_args+=(--command-name "$t"
         --prepare "cd '$d' && date +%s%N | tee -a a.txt b.txt c.txt >/dev/null && git add a.txt b.txt c.txt"
         "cd '$d' && ${envp}git commit -q -m bench")
  noop_args+=(--command-name "$t" "cd '$d' && ${envp}git commit -q --allow-empty -m noop")
done
sleep 3 # the warm JVM started by the check commit is up by now

# commands need a shell (cd + git); hyperfine subtracts the shell's own start-up
hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/commit.json" "${commit_args[@]}" >/dev/null
hyperfine --warmup "$WARMUP" --runs "$RUNS" --export-json "$work/noop.json" "${noop_args[@]}" >/dev/null

python3 - "$work/commit.json" "$work/noop.json" <<'PY'
import json, sys

def medians(path):
    return {r["command"]: sorted(r["times"])[len(r["times"]) // 2] * 1000
            for r in json.load(open(path))["results"]}

# (scenario, other tool, target for precommit / other)
TARGETS = {("commit", "prek"): 2.0, ("commit", "pre-commit-3.0.4"): 0.5,
           ("commit", "pre-commit-4.6.2"): 0.5, ("noop", "prek"): 1.0}
for scenario, path, title in (("commit", sys.argv[1], "git commit of 3 staged files"),
                              ("noop", sys.argv[2], "git commit --allow-empty, nothing staged")):
    rows = medians(path)
    print(f"{title} through the installed hook (median ms)")
    for name, ms in rows.items():
        print(f"  {name:18s} {ms:8.1f}")
    for mine in ("precommit", "precommit-cold"):
        for other in rows:
            if other.startswith("precommit"):
                continue
            ratio = rows[mine] / rows[other]
            target = TARGETS.get((scenario, other)) if mine == "precommit" else None
            verdict = "" if target is None else (
                f"  target <= {target:.1f}: " + ("PASS" if ratio <= target else "MISS"))
            print(f"  {mine} / {other:18s} {ratio:5.2f}{verdict}")
    print()
PY
