#!/usr/bin/env bash
# Times precommit against pre-commit (Debian 3.0.4, and 4.6.2 when /opt/pc46 has it) and prek
# on the same generated repository and config, in one batch. Not a test; see bench/README.md.
#
#   bench/run.sh                     # defaults: 3000 files in 100 dirs, 3 warm-ups, 20 runs
#   RUNS=40 WARMUP=5 bench/run.sh
#   NFILES=5000 NDIRS=200 bench/run.sh
#   BENCH_LOCK=/tmp/mvn.lock bench/run.sh   # keep lock-taking builds off the CPUs meanwhile
#
# Everything it generates lives in bench/work/ (git-ignored); running it again reuses what is
# still valid (repo, npm install, launcher) and overwrites the results.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"
NFILES="${NFILES:-3000}"
NDIRS="${NDIRS:-100}"
WARMUP="${WARMUP:-3}"
RUNS="${RUNS:-20}"
# pinned so baselines stay comparable; override with PREK_VERSION=latest
PREK_VERSION="${PREK_VERSION:-0.5.3}"
PC_DEBIAN=/usr/bin/pre-commit
PC46=/opt/pc46/bin/pre-commit

say() { printf '\n== %s\n' "$*" >&2; }
die() { echo "bench/run.sh: $*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  say "installing $* with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# ---------------------------------------------------------------- prerequisites
[ -x /usr/bin/hyperfine ] || command -v hyperfine >/dev/null || apt_install hyperfine
[ -x "$PC_DEBIAN" ] || apt_install pre-commit
[ -x /usr/bin/time ] || apt_install time
command -v npm >/dev/null || apt_install npm
command -v git >/dev/null || apt_install git
HYPERFINE="$(command -v hyperfine)"

mkdir -p "$work/results"

# ---------------------------------------------------------------- precommit (the launcher users get)
# Build before install.sh so the build is serialised with other Maven runs (2-core machines) and
# uses the local repository first; install.sh then finds a fresh jar and only copies it.
jar="$root/target/precommit.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  say "building precommit"
  mvn_cmd=(mvn -B -q -DskipTests -Dspotless.check.skip=true package)
  lock=(); command -v flock >/dev/null && lock=(flock /tmp/mvn.lock)
  (cd "$root" && { "${lock[@]}" "${mvn_cmd[@]}" -o || "${lock[@]}" "${mvn_cmd[@]}"; })
fi
say "installing precommit into bench/work/prefix"
PREFIX="$work/prefix" "$root/install.sh" >/dev/null
PRECOMMIT="$work/prefix/bin/precommit"
precommit_java="$(sed -n 's/^exec \([^ ]*java\) .*/\1/p' "$PRECOMMIT" | tail -1)"

# ---------------------------------------------------------------- prek (native binary, not the node shim)
PREK="$work/node_modules/@j178/prek-linux-x64-gnu/prek"
want_prek="$PREK_VERSION"
[ "$want_prek" = latest ] && want_prek="$(npm view @j178/prek version)"
have_prek="$([ -x "$PREK" ] && "$PREK" --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_prek" != "$want_prek" ]; then
  say "npm install @j178/prek@$want_prek"
  npm install --prefix "$work" --no-audit --no-fund --silent "@j178/prek@$want_prek" >/dev/null
fi
[ -x "$PREK" ] || die "prek native binary not found at $PREK (not linux-x64-gnu?)"

# On a shared machine, BENCH_LOCK=<file> holds that flock(1) lock from here to the end, so
# cooperating jobs (builds that take the same lock) wait instead of skewing the timings.
if [ -n "${BENCH_LOCK:-}" ]; then
  exec 9>"$BENCH_LOCK"
  say "waiting for $BENCH_LOCK"
  flock 9
fi

# ---------------------------------------------------------------- isolation
# Fresh-ish homes for every tool's store and for JGit's per-JVM file-system probe. Kept between
# runs of the script: the warm-up below pays the one-off costs either way.
iso="$work/iso"
mkdir -p "$iso/home" "$iso/cache" "$iso/config" "$iso/data" "$iso/pre-commit" "$iso/precommit" "$iso/prek"
export HOME="$iso/home" XDG_CACHE_HOME="$iso/cache" XDG_CONFIG_HOME="$iso/config" XDG_DATA_HOME="$iso/data"
export PRE_COMMIT_HOME="$iso/pre-commit" PRECOMMIT_HOME="$iso/precommit" PREK_HOME="$iso/prek"
# a plain PATH: no pyenv shims or user bins in front of python3/true/git
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE SKIP PRE_COMMIT PRE_COMMIT_COLOR NO_COLOR FORCE_COLOR \
  PRE_COMMIT_ALLOW_NO_CONFIG

# ---------------------------------------------------------------- the repository
repo="$work/repo"
config='repos:
-   repo: local
    hooks:
    # pattern written with a class so the config file itself does not match: all tools pass
    -   id: no-donot-commit
        name: no do-not-commit markers
        entry: DO[N]OT_COMMIT
        language: pygrep
        types: [text]
    -   id: system-true
        name: system hook on every text file
        entry: "true"
        language: system
        types: [text]
    # there is no Rust in the repo, so this is always skipped
    -   id: no-rust
        name: no rust
        entry: rust is not allowed here
        language: fail
        types: [rust]
'
stamp="files=$NFILES dirs=$NDIRS config=$(printf '%s' "$config" | sha256sum | cut -c1-16) v=1"

generate_repo() {
  say "generating $repo ($NFILES files in $NDIRS dirs)"
  rm -rf "$repo"
  mkdir -p "$repo"
  local exts=(py txt md json yaml js c sh toml cfg) i d f ext
  for ((i = 0; i < NFILES; i++)); do
    d="$repo/pkg$((i % NDIRS))"
    [ -d "$d" ] || mkdir -p "$d"
    if ((i % 50 == 49)); then
      # a few binaries so the `types: [text]` filter has something to drop
      printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR%08d' "$i" >"$d/image$i.png"
      continue
    fi
    ext="${exts[i % ${#exts[@]}]}"
    f="$d/file$i.$ext"
    printf '# file %d\nvalue_%d = %d\n# some ordinary text, nothing to flag\nline four of file %d\n' \
      "$i" "$i" "$((i * 7))" "$i" >"$f"
  done
  printf '%s' "$config" >"$repo/.pre-commit-config.yaml"
  git -C "$repo" init -q -b main
  git -C "$repo" add -A
  git -C "$repo" -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false \
    commit -q --no-verify -m "generated"
  printf '%s\n' "$stamp" >"$work/repo.stamp"
}
if [ "$(cat "$work/repo.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -d "$repo/.git" ] \
  || [ -n "$(git -C "$repo" status --porcelain --ignored)" ]; then
  generate_repo
fi

cd "$repo"

# ---------------------------------------------------------------- contenders
names=(precommit "pre-commit $("$PC_DEBIAN" --version | awk '{print $2}')")
cmds=("$PRECOMMIT" "$PC_DEBIAN")
if [ -x "$PC46" ]; then
  names+=("pre-commit $("$PC46" --version | awk '{print $2}')")
  cmds+=("$PC46")
fi
names+=("prek $("$PREK" --version | awk '{print $2}')")
cmds+=("$PREK")

say "versions"
{
  echo "date:      $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine:   $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -srm)"
  echo "cpu:       $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "precommit: $("$PRECOMMIT" --version 2>&1 | head -1) (commit $(git -C "$root" rev-parse --short HEAD)), launcher $PRECOMMIT"
  echo "java:      $precommit_java ($("$precommit_java" -version 2>&1 | head -1))"
  for i in "${!names[@]}"; do echo "contender: ${names[$i]} = ${cmds[$i]}"; done
  echo "repo:      $(git ls-files | wc -l) tracked files in $NDIRS dirs, 3 local hooks (pygrep, system, fail-skipped)"
  echo "hyperfine: $("$HYPERFINE" --version), --warmup $WARMUP --runs $RUNS, -N (no shell)"
} | tee "$work/results/env.txt" >&2

# prek runs pygrep with a Python it locates through uv (`uv python find`), and downloads uv from
# GitHub or PyPI when none is on PATH; those are not reachable everywhere (they are not on the
# machine of the first baseline). So without a uv on PATH, a stand-in "managed uv" that answers
# `--version` (a version prek accepts: 0.12.7 is what prek 0.5.3 installs) and `python find`
# (the system python3, what a real uv finds when no managed Python exists) lets prek set the hook
# up as a real uv would. It is removed before timing, so no timed run can use it.
uv_stub="$PREK_HOME/tools/uv/uv"
made_uv_stub=0
if ! command -v uv >/dev/null && [ ! -e "$uv_stub" ]; then
  mkdir -p "$(dirname "$uv_stub")"
  cat >"$uv_stub" <<STUB
#!/bin/sh
# written by bench/run.sh for prek's pygrep set-up; see there
echo "uv-stub: \$*" >>'$work/results/uv-stub.log'
case "\$1 \$2" in
  "--version ") echo 'uv ${UV_STUB_VERSION:-0.12.7}'; exit 0 ;;
  "python find") echo '$(command -v python3)'; exit 0 ;;
  *) echo "uv stand-in: unsupported: \$*" >&2; exit 2 ;;
esac
STUB
  chmod 755 "$uv_stub"
  made_uv_stub=1
fi

# Each tool once per scenario: pays first-run costs (store creation, JGit's FS probe) and checks
# that it exits 0, so no timed run is a failing one.
say "warming up and checking exit codes"
for i in "${!names[@]}"; do
  for args in "run --all-files" "run"; do
    # shellcheck disable=SC2086
    if ! out="$("${cmds[$i]}" $args 2>&1)"; then
      printf '%s\n' "$out" >&2
      die "${names[$i]} $args failed; it must exit 0 before it can be timed"
    fi
    printf '%s\n' "$out" >"$work/results/output-$(echo "${names[$i]}" | tr ' .' '__')-${args// /_}.txt"
  done
done
# Does each tool's pygrep really read files? A side repo with one planted match must fail (exit 1).
# precommit's pygrep was a stub that always passes when this bench was written; this says so.
probe="$work/probe"
if [ ! -d "$probe/.git" ] || ! printf '%s' "$config" | cmp -s - "$probe/.pre-commit-config.yaml"; then
  rm -rf "$probe" && mkdir -p "$probe"
  printf '%s' "$config" >"$probe/.pre-commit-config.yaml"
  printf 'x = 1  # DONOT_COMMIT\n' >"$probe/planted.py"
  git -C "$probe" init -q -b main && git -C "$probe" add -A
  git -C "$probe" -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false \
    commit -q --no-verify -m probe
fi
: >"$work/results/pygrep-probe.tsv"
for i in "${!names[@]}"; do
  rc=0; (cd "$probe" && "${cmds[$i]}" run --all-files >/dev/null 2>&1) || rc=$?
  verdict="finds the planted match (exit $rc)"
  [ "$rc" = 1 ] || verdict="DOES NOT find the planted match (exit $rc, expected 1)"
  printf '%s\t%s\n' "${names[$i]}" "$verdict" >>"$work/results/pygrep-probe.tsv"
  echo "pygrep probe: ${names[$i]} $verdict" | tee -a "$work/results/env.txt" >&2
done

[ "$made_uv_stub" = 0 ] || rm -f "$uv_stub"
[ -z "$(git status --porcelain)" ] || die "a tool modified the repository: $(git status --porcelain | head -3)"

say "peak RSS of one run --all-files"
: >"$work/results/rss.tsv"
for i in "${!names[@]}"; do
  /usr/bin/time -f %M -o "$work/results/rss.tmp" "${cmds[$i]}" run --all-files >/dev/null 2>&1
  printf '%s\t%s\n' "${names[$i]}" "$(tail -1 "$work/results/rss.tmp")" >>"$work/results/rss.tsv"
done
rm -f "$work/results/rss.tmp"

bench() { # bench <json> <args...>
  local json="$1"; shift
  local hf=("$HYPERFINE" -N --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --style basic)
  for i in "${!names[@]}"; do hf+=(-n "${names[$i]}" "${cmds[$i]} $*"); done
  "${hf[@]}" >&2
}
say "scenario 1: run --all-files"
bench "$work/results/all-files.json" run --all-files
say "scenario 2: run with nothing staged"
bench "$work/results/noop.json" run

# ---------------------------------------------------------------- summary
say "summary"
python3 - "$work/results" <<'PY' | tee "$work/results/summary.md"
import json, sys, os
res = sys.argv[1]
scen = [("run --all-files", "all-files.json"), ("run (nothing staged)", "noop.json")]
rows, names = [], None
for label, fn in scen:
    r = json.load(open(os.path.join(res, fn)))["results"]
    names = [x["command"] for x in r]
    rows.append((label, {x["command"]: x for x in r}))
rss = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(res, "rss.tsv")))
pcs = [n for n in names if n.startswith("pre-commit")]
preks = [n for n in names if n.startswith("prek")]
ratio_cols = [("precommit/" + n, n) for n in pcs + preks]
print("Median wall time, ms (mean ± stddev in parentheses):\n")
print("| scenario | " + " | ".join(names) + " | " + " | ".join(c for c, _ in ratio_cols) + " |")
print("|---|" + "---:|" * (len(names) + len(ratio_cols)))
for label, by in rows:
    cells = ["%.0f (%.0f ± %.0f)" % (by[n]["median"] * 1e3, by[n]["mean"] * 1e3, by[n]["stddev"] * 1e3) for n in names]
    ratios = ["%.2f×" % (by["precommit"]["median"] / by[d]["median"]) for _, d in ratio_cols]
    print("| %s | %s | %s |" % (label, " | ".join(cells), " | ".join(ratios)))
cells = ["%.0f" % (int(rss[n]) / 1024) for n in names]
ratios = ["%.2f×" % (int(rss["precommit"]) / int(rss[d])) for _, d in ratio_cols]
print("| peak RSS, MB (`run --all-files`) | %s | %s |" % (" | ".join(cells), " | ".join(ratios)))
for line in open(os.path.join(res, "pygrep-probe.tsv")):
    name, verdict = line.rstrip("\n").split("\t")
    if verdict.startswith("DOES NOT"):
        print("\nNote: %s's pygrep %s: its pygrep hook does no real work here." % (name, verdict))
PY
echo >&2
echo "raw results: $work/results/ (hyperfine JSON, env.txt, rss.tsv, tool output)" >&2
