#!/usr/bin/env bash
# Times precommit against prek and Python's pre-commit (Debian 3.0.4, and 4.6.2 from /opt/pc46)
# on a real corpus: the JDK's own sources (~15,000 .java files), committed into a git repository.
# Prints one table of medians and same-run ratios with PASS/MISS per target. Not a test, not in CI;
# see bench/README.md.
#
#   bench/run.sh                            # 2 warm-ups, 10 runs per command
#   RUNS=20 WARMUP=3 bench/run.sh
#   SIZES="1000 5000" bench/run.sh          # scaling steps (the full corpus is always measured)
#   BENCH_LOCK=/tmp/mvn.lock bench/run.sh   # keep lock-taking builds off the CPUs meanwhile
#
# Everything it generates lives in bench/work/ (git-ignored); the corpus repositories are cached
# there and rebuilt only when the JDK's src.zip or the configs change.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"
res="$work/results"
WARMUP="${WARMUP:-2}"
RUNS="${RUNS:-10}"
SIZES="${SIZES:-1000 5000}"
SRC_ZIP="${SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}"
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
command -v hyperfine >/dev/null || apt_install hyperfine
[ -x /usr/bin/time ] || apt_install time
[ -x "$PC_DEBIAN" ] || apt_install pre-commit
command -v npm >/dev/null || apt_install npm
command -v unzip >/dev/null || apt_install unzip
[ -f "$SRC_ZIP" ] || die "no JDK sources at $SRC_ZIP (set SRC_ZIP)"
if [ ! -x "$PC46" ] && [ -d /opt/pypi/files ]; then
  say "installing pre-commit 4.6.2 into /opt/pc46 from /opt/pypi/files"
  as_root python3 -m venv /opt/pc46
  as_root /opt/pc46/bin/pip install -q --no-index --find-links /opt/pypi/files pre_commit==4.6.2
fi
mkdir -p "$res"

# ---------------------------------------------------------------- precommit, as users get it
jar="$root/target/precommit.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  say "building precommit"
  lock=(); command -v flock >/dev/null && lock=(flock /tmp/mvn.lock)
  (cd "$root" && "${lock[@]}" mvn -B -q -o -DskipTests -Dspotless.check.skip=true package)
fi
say "installing precommit into bench/work/prefix"
PREFIX="$work/prefix" "$root/install.sh" >/dev/null
PRECOMMIT="$work/prefix/bin/precommit"

# ---------------------------------------------------------------- prek: the native binary, not the node shim
PREK="$work/node_modules/@j178/prek-linux-x64-gnu/prek"
have_prek="$([ -x "$PREK" ] && "$PREK" --version 2>/dev/null | awk '{print $2}' || true)"
if [ "$have_prek" != "$PREK_VERSION" ]; then
  say "npm install @j178/prek@$PREK_VERSION"
  npm install --prefix "$work" --no-audit --no-fund --silent "@j178/prek@$PREK_VERSION" >/dev/null
fi
[ -x "$PREK" ] || die "prek native binary not found at $PREK (not linux-x64-gnu?)"

if [ -n "${BENCH_LOCK:-}" ]; then
  exec 9>"$BENCH_LOCK"
  say "waiting for $BENCH_LOCK"
  flock 9
fi

# ---------------------------------------------------------------- isolation
iso="$work/iso"
mkdir -p "$iso/home" "$iso/cache" "$iso/config" "$iso/data" "$iso/pre-commit" "$iso/precommit" "$iso/prek"
export HOME="$iso/home" XDG_CACHE_HOME="$iso/cache" XDG_CONFIG_HOME="$iso/config" XDG_DATA_HOME="$iso/data"
export PRE_COMMIT_HOME="$iso/pre-commit" PRECOMMIT_HOME="$iso/precommit" PREK_HOME="$iso/prek"
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@localhost GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@localhost
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE SKIP PRE_COMMIT PRE_COMMIT_COLOR NO_COLOR FORCE_COLOR \
  PRE_COMMIT_ALLOW_NO_CONFIG PRE_COMMIT_NO_CONCURRENCY

# The launcher trains its class archive in the background when it has none for this jar and JVM;
# a training running meanwhile would take a core from the timed runs. Start it now and wait.
archive="$(sed -n 's/^if \[ ! -f \(.*\)\.failed \].*/\1/p' "$PRECOMMIT" | head -1)"
"$PRECOMMIT" --version >/dev/null 2>&1 || true
if [ -n "$archive" ]; then
  for _ in $(seq 1 360); do
    { [ -f "$archive" ] || [ -f "$archive.failed" ]; } && break
    sleep 0.5
  done
  [ -f "$archive" ] || echo "bench/run.sh: no class archive ($archive); timing without it" >&2
fi

# ---------------------------------------------------------------- configs
# The ten hooks of the speed issue, built in (`repo: builtin`) for precommit and prek. pre-commit
# has no built-in hooks and the original pre-commit-hooks cannot be installed here (no wheel in
# /opt/pypi/files), so pre-commit is compared on the pygrep config and on the commit path.
builtin_config='repos:
-   repo: builtin
    hooks:
    -   id: check-added-large-files
    -   id: check-case-conflict
    -   id: check-json
    -   id: check-merge-conflict
    -   id: check-xml
    -   id: check-yaml
    -   id: detect-private-key
    -   id: end-of-file-fixer
    -   id: mixed-line-ending
    -   id: trailing-whitespace
'
# the character class keeps the pattern from matching this file itself: every tool passes
pygrep_config='repos:
-   repo: local
    hooks:
    -   id: no-donot-commit
        name: no do-not-commit markers
        entry: DO[N]OT_COMMIT
        language: pygrep
        types: [text]
'

# ---------------------------------------------------------------- the corpus
# src.zip unpacked once; each size is a repository of every k-th file (sorted), so the smaller
# ones keep the mix of the full one. The fixers (end-of-file-fixer, mixed-line-ending,
# trailing-whitespace) run once when a repository is built and their changes are committed:
# the corpus is PRE-FIXED, so every timed run is idempotent and exits 0, and nothing resets the
# work tree between runs. Each build ends by checking that the work tree is clean.
src="$work/jdk-src"
zip_stamp="$(stat -c '%s %Y' "$SRC_ZIP") $SRC_ZIP"
if [ "$(cat "$src.stamp" 2>/dev/null)" != "$zip_stamp" ]; then
  say "unpacking $SRC_ZIP"
  rm -rf "$src" && mkdir -p "$src"
  unzip -q "$SRC_ZIP" -d "$src"
  (cd "$src" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >"$work/jdk-src.list"
  printf '%s\n' "$zip_stamp" >"$src.stamp"
fi
total="$(wc -l <"$work/jdk-src.list")"
sizes=()
for s in $SIZES; do [ "$s" -lt "$total" ] && sizes+=("$s"); done
sizes+=("$total")

corpus_stamp() {
  printf '%s|%s|%s|%s|v2' "$zip_stamp" "$1" "$builtin_config" "$pygrep_config" | sha256sum | cut -c1-16
}
build_corpus() { # size
  local n="$1" dir="$work/corpus-$1"
  say "building corpus-$n ($n of $total files)"
  rm -rf "$dir" && mkdir -p "$dir"
  awk -v n="$n" -v t="$total" 'BEGIN { step = t / n } { if (NR - 1 >= next_pick && picked < n) { print; picked++; next_pick = picked * step } }' \
    "$work/jdk-src.list" >"$dir.files"
  (cd "$src" && tar -cf - -T "$dir.files") | (cd "$dir" && tar -xf -)
  printf '%s' "$builtin_config" >"$dir/.pre-commit-config.yaml"
  printf '%s' "$pygrep_config" >"$dir/pygrep.yaml"
  git -C "$dir" init -q -b main
  git -C "$dir" add -A
  git -C "$dir" -c commit.gpgsign=false commit -q --no-verify -m "JDK sources ($n files)"
  (cd "$dir" && "$PRECOMMIT" run --all-files >"$dir.prefix.log" 2>&1) || true
  git -C "$dir" add -A
  git -C "$dir" -c commit.gpgsign=false commit -q --no-verify --allow-empty -m "pre-fixed by the fixers"
  (cd "$dir" && "$PRECOMMIT" run --all-files >/dev/null 2>&1) \
    || die "corpus-$n: precommit still fails after pre-fixing; see $dir.prefix.log"
  [ -z "$(git -C "$dir" status --porcelain)" ] || die "corpus-$n: work tree not clean"
  corpus_stamp "$n" >"$dir.stamp"
}
for n in "${sizes[@]}"; do
  dir="$work/corpus-$n"
  if [ "$(cat "$dir.stamp" 2>/dev/null)" != "$(corpus_stamp "$n")" ] || [ -n "$(git -C "$dir" status --porcelain 2>/dev/null || echo dirty)" ]; then
    build_corpus "$n"
  fi
done
full="$work/corpus-$total"

# ---------------------------------------------------------------- prek's uv, for its pygrep set-up
# prek runs pygrep with a Python it finds through uv, and downloads uv when none is on PATH (not
# reachable here). A stand-in "managed uv" answers `--version` and `python find` (the system
# python3, what a real uv finds with no managed Python) for the warm-up only; it is deleted
# before anything is timed, so a timed prek run that needed uv would fail, not cheat.
uv_stub="$PREK_HOME/tools/uv/uv"
made_uv_stub=0
if ! command -v uv >/dev/null && [ ! -e "$uv_stub" ]; then
  mkdir -p "$(dirname "$uv_stub")"
  cat >"$uv_stub" <<STUB
#!/bin/sh
echo "uv-stub: \$*" >>'$res/uv-stub.log'
case "\$1 \$2" in
  "--version ") echo 'uv 0.12.7'; exit 0 ;;
  "python find") echo '$(command -v python3)'; exit 0 ;;
  *) echo "uv stand-in: unsupported: \$*" >&2; exit 2 ;;
esac
STUB
  chmod 755 "$uv_stub"
  made_uv_stub=1
fi

pcs=()
pc_names=()
[ -x "$PC_DEBIAN" ] && { pcs+=("$PC_DEBIAN"); pc_names+=("pre-commit $("$PC_DEBIAN" --version | awk '{print $2}')"); }
[ -x "$PC46" ] && { pcs+=("$PC46"); pc_names+=("pre-commit $("$PC46" --version | awk '{print $2}')"); }
prek_name="prek $("$PREK" --version | awk '{print $2}')"

say "warming up: every tool once per scenario, which must exit 0"
check() { # dir, name, command...
  local dir="$1" name="$2"; shift 2
  local out
  if ! out="$(cd "$dir" && "$@" 2>&1)"; then
    printf '%s\n' "$out" | tail -20 >&2
    die "$name failed in $dir: $*"
  fi
  printf '%s\n' "$out" >"$res/output-$(printf '%s' "$name $*" | tr -c 'A-Za-z0-9.-' '_' | cut -c1-80).txt"
}
for n in "${sizes[@]}"; do
  check "$work/corpus-$n" precommit "$PRECOMMIT" run --all-files
  check "$work/corpus-$n" prek "$PREK" run --all-files
done
for tool in "$PRECOMMIT" "$PREK" "${pcs[@]}"; do
  check "$full" "$(basename "$tool")" "$tool" run --all-files -c pygrep.yaml
  check "$full" "$(basename "$tool")" "$tool" run -c pygrep.yaml
done
[ "$made_uv_stub" = 0 ] || rm -f "$uv_stub"
[ -z "$(git -C "$full" status --porcelain)" ] || die "a tool modified the corpus"

{
  echo "date:      $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine:   $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -srm)"
  echo "load:      $(cut -d' ' -f1-3 /proc/loadavg) (other work shares this machine: compare ratios)"
  echo "precommit: $("$PRECOMMIT" --version 2>&1 | head -1) (commit $(git -C "$root" rev-parse --short HEAD))"
  echo "prek:      $prek_name; pre-commit: ${pc_names[*]}"
  echo "corpus:    $SRC_ZIP, sizes ${sizes[*]} (pre-fixed, see bench/README.md)"
  echo "hyperfine: $(hyperfine --version), --warmup $WARMUP --runs $RUNS"
} | tee "$res/env.txt" >&2

# ---------------------------------------------------------------- timings
hf() { # json, dir, then name/command pairs
  local json="$1" dir="$2"; shift 2
  local args=(-N --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --style basic)
  while [ $# -gt 0 ]; do args+=(-n "$1" "$2"); shift 2; done
  (cd "$dir" && hyperfine "${args[@]}" >&2)
}
for n in "${sizes[@]}"; do
  say "run --all-files, ten built-in hooks, $n files"
  hf "$res/builtin-$n.json" "$work/corpus-$n" precommit "$PRECOMMIT run --all-files" \
    "precommit cold" "env PRECOMMIT_NO_DAEMON=1 $PRECOMMIT run --all-files" \
    "$prek_name" "$PREK run --all-files"
done
pairs=(precommit "$PRECOMMIT" "precommit cold" "env PRECOMMIT_NO_DAEMON=1 $PRECOMMIT" "$prek_name" "$PREK")
for i in "${!pcs[@]}"; do pairs+=("${pc_names[$i]}" "${pcs[$i]}"); done
with() { # suffix: name/command pairs with the suffix appended to each command
  local out=() i
  for ((i = 0; i < ${#pairs[@]}; i += 2)); do out+=("${pairs[$i]}" "${pairs[$((i + 1))]} $1"); done
  printf '%s\0' "${out[@]}"
}
say "run --all-files, one pygrep hook, $total files"
mapfile -d '' p < <(with "run --all-files -c pygrep.yaml")
hf "$res/pygrep.json" "$full" "${p[@]}"
say "no-op run (nothing staged), $total-file index"
mapfile -d '' p < <(with "run -c pygrep.yaml")
hf "$res/noop.json" "$full" "${p[@]}"

say "peak RSS (/usr/bin/time -v), run --all-files on $total files"
: >"$res/rss.tsv"
rss() { # label, name, command...
  local label="$1" name="$2"; shift 2
  (cd "$full" && /usr/bin/time -v -o "$res/rss.tmp" "$@" >/dev/null 2>&1) || true
  printf '%s\t%s\t%s\n' "$label" "$name" "$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$res/rss.tmp")" >>"$res/rss.tsv"
}
# precommit's launcher is a small client of the warm JVM: its own RSS says nothing, so the
# daemon's high-water mark (VmHWM, over its whole life, every run above included) is reported,
# and the cold JVM is measured as the others are.
daemon_hwm() { # label
  local pid
  pid="$(pgrep -n -f -- "$work/prefix/share/precommit/precommit.jar __daemon" || true)"
  printf '%s\t%s\t%s\n' "$1" precommit "$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null)" >>"$res/rss.tsv"
}
daemon_hwm builtin
rss builtin "precommit cold" env PRECOMMIT_NO_DAEMON=1 "$PRECOMMIT" run --all-files
rss builtin "$prek_name" "$PREK" run --all-files
for ((i = 2; i < ${#pairs[@]}; i += 2)); do
  rss pygrep "${pairs[$i]}" ${pairs[$((i + 1))]} run --all-files -c pygrep.yaml
done
(cd "$full" && "$PRECOMMIT" run --all-files -c pygrep.yaml >/dev/null 2>&1) || true
daemon_hwm pygrep
rm -f "$res/rss.tmp"

say "commit path: bench/commit.sh"
RUNS="$RUNS" WARMUP="$WARMUP" PREK_VERSION="$PREK_VERSION" "$here/commit.sh" >&2
cp "$work/commit/commit.json" "$res/commit.json"

# ---------------------------------------------------------------- the table
python3 - "$res" "$total" "${sizes[@]}" <<'PY' | tee "$res/summary.md"
import json, os, sys
res, total, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]

def medians(fn, rename=lambda n: n):
    out = {}
    for r in json.load(open(os.path.join(res, fn)))["results"]:
        t = sorted(r["times"])
        out[rename(r["command"])] = t[len(t) // 2] * 1000
    return out

rows = []
for n in sizes:
    rows.append(("run --all-files, 10 built-in hooks, %s files" % n, medians("builtin-%s.json" % n)))
prek_name = next(n for n in rows[0][1] if n.startswith("prek"))

def commit_name(n):  # bench/commit.sh names its commands pre-commit-3.0.4, prek, ...
    if n == "precommit-cold":
        return "precommit cold"
    return prek_name if n == "prek" else n.replace("pre-commit-", "pre-commit ")

rows.append(("run --all-files, pygrep, %s files" % total, medians("pygrep.json")))
rows.append(("no-op run (nothing staged)", medians("noop.json")))
commit = medians("commit.json", commit_name)
rows.append(("git commit of 3 files, 1 trivial hook", commit))
names = ["precommit"] + [n for n in dict.fromkeys(k for _, r in rows for k in r) if n != "precommit"]
prek = next(n for n in names if n.startswith("prek"))
pcs = [n for n in names if n.startswith("pre-commit")]
ratio_cols = [prek] + pcs

print("Median wall time in ms; ratio = precommit / other (same run; below 1 is faster).\n")
print("| scenario | " + " | ".join(names) + " | " + " | ".join("÷ " + n for n in ratio_cols) + " |")
print("|---|" + "---:|" * (len(names) + len(ratio_cols)))
for label, r in rows:
    cells = ["%.0f" % r[n] if n in r else "—" for n in names]
    ratios = ["%.2f" % (r["precommit"] / r[n]) if n in r else "—" for n in ratio_cols]
    print("| %s | %s | %s |" % (label, " | ".join(cells), " | ".join(ratios)))
rss = {}
for line in open(os.path.join(res, "rss.tsv")):
    label, name, kb = line.rstrip("\n").split("\t")
    rss.setdefault(label, {})[name] = int(kb) / 1024 if kb else float("nan")
for label, r in rss.items():
    what = "10 built-in hooks" if label == "builtin" else "pygrep"
    cells = ["%.0f" % r[n] if n in r else "—" for n in names]
    ratios = ["%.2f" % (r["precommit"] / r[n]) if n in r else "—" for n in ratio_cols]
    print("| peak RSS MB, run --all-files, %s, %s files | %s | %s |" % (what, total, " | ".join(cells), " | ".join(ratios)))
print("\n(peak RSS of precommit: the warm JVM's high-water mark over all runs so far; \"precommit cold\": one cold JVM)")

print("\nTargets (same-run ratios):\n")
full = dict(rows)["run --all-files, 10 built-in hooks, %s files" % total]
pyg = dict(rows)["run --all-files, pygrep, %s files" % total]
targets = [("run --all-files, built-in hooks: precommit / %s <= 0.8" % prek, full["precommit"] / full[prek], 0.8)]
for pc in pcs:
    targets.append(("run --all-files, pygrep: precommit / %s <= 0.3" % pc, pyg["precommit"] / pyg[pc], 0.3))
if prek in commit:
    targets.append(("git commit path: precommit / %s <= 2.0" % prek, commit["precommit"] / commit[prek], 2.0))
for pc in pcs:
    if pc in commit:
        targets.append(("git commit path: precommit / %s <= 0.5" % pc, commit["precommit"] / commit[pc], 0.5))
for label, ratio, limit in targets:
    print("- %s: %.2f %s" % (label, ratio, "PASS" if ratio <= limit else "MISS"))
scale = [(n, dict(rows)["run --all-files, 10 built-in hooks, %s files" % n]) for n in sizes]
print("\nScaling (ms per 1000 files between the smallest and the full corpus):", ", ".join(
    "%s %.0f" % (tool, (scale[-1][1][tool] - scale[0][1][tool]) / ((int(scale[-1][0]) - int(scale[0][0])) / 1000))
    for tool in ("precommit", prek)) if len(scale) > 1 else "")
PY
echo >&2
echo "raw results: $res (hyperfine JSON, rss.tsv, env.txt, tool outputs)" >&2
