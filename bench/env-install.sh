#!/usr/bin/env bash
# Times environment installs: `install-hooks` of a hook repository new to the store, for the
# same python hook repo (setup.py, installed offline from a wheelhouse) and the same node hook
# repo (package.json with prettier as a dependency), under pre-commit and precommit, in one
# batch; prints the ratios.
# Not a test.
#
#   bench/env-install.sh                  # 3 runs of each, after one warm-up
#   RUNS=5 bench/env-install.sh
#   BENCH_LOCK=/tmp/mvn.lock bench/env-install.sh   # keep lock-taking builds off the CPUs
#
# Everything lives in bench/work/env/ (git-ignored). pre-commit is /opt/pc46/bin/pre-commit
# (4.6.2) when present, else /usr/bin/pre-commit.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work/env"
RUNS="${RUNS:-3}"

say() { printf '\n== %s\n' "$*" >&2; }
die() { echo "bench/env-install.sh: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  say "installing $* with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# ---------------------------------------------------------------- tools
command -v hyperfine >/dev/null || apt_install hyperfine
command -v npm >/dev/null || apt_install npm
ls /usr/share/python-wheels/wheel-*.whl >/dev/null 2>&1 || apt_install python3-wheel-whl
if [ -x /opt/pc46/bin/pre-commit ]; then
  PC_BIN=/opt/pc46/bin/pre-commit
else
  [ -x /usr/bin/pre-commit ] || apt_install pre-commit
  PC_BIN=/usr/bin/pre-commit
fi

jar="$root/target/precommit.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  say "building precommit"
  lock=(); command -v flock >/dev/null && lock=(flock /tmp/mvn.lock)
  (cd "$root" && "${lock[@]}" mvn -B -q -o -DskipTests -Dspotless.check.skip=true package)
fi
mkdir -p "$work"
PREFIX="$work/prefix" "$root/install.sh" >/dev/null
PRECOMMIT="$work/prefix/bin/precommit"

if [ -n "${BENCH_LOCK:-}" ]; then
  exec 9>"$BENCH_LOCK"
  say "waiting for $BENCH_LOCK"
  flock 9
fi

# CPython's bundled wheels, from the python3 the user has (pyenv's, say) before PATH is reset
bundled="$(python3 -c 'import ensurepip, os; print(os.path.dirname(ensurepip.__file__))' 2>/dev/null || true)/_bundled"

# ---------------------------------------------------------------- isolation
iso="$work/iso"
rm -rf "$iso"
mkdir -p "$iso/home"
export HOME="$iso/home" XDG_CACHE_HOME="$iso/cache" XDG_CONFIG_HOME="$iso/config" \
  XDG_DATA_HOME="$iso/data"
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE SKIP PRE_COMMIT VIRTUAL_ENV PYTHONHOME \
  NPM_CONFIG_PREFIX npm_config_prefix
# one npm cache for both tools, warmed before timing: the registry's speed is not measured
export npm_config_cache="$work/npm-cache"

# pip offline from a wheelhouse: CPython's bundled pip and setuptools, Debian's wheel
wheelhouse="$work/wheelhouse"
rm -rf "$wheelhouse" && mkdir -p "$wheelhouse"
cp "$bundled"/*.whl "$wheelhouse"/ 2>/dev/null || true
# Debian's setuptools is patched for Debian's Python: only when CPython's is missing
if ls "$wheelhouse"/setuptools-*.whl >/dev/null 2>&1; then
  cp /usr/share/python-wheels/wheel-*.whl "$wheelhouse"/
else
  cp /usr/share/python-wheels/*.whl "$wheelhouse"/
fi
export PIP_NO_INDEX=1 PIP_FIND_LINKS="$wheelhouse"

commit_all() {
  git -C "$1" add -A
  git -C "$1" -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false \
    commit -q --no-verify -m "hook repository"
}

# ---------------------------------------------------------------- hook repositories
py_hooks="$work/py-hooks"
rm -rf "$py_hooks" && mkdir -p "$py_hooks" && git -C "$py_hooks" init -q
cat >"$py_hooks/setup.py" <<'EOF'
from setuptools import setup

setup(
    name='bench-hook', version='1.0', py_modules=['bench_hook'],
    entry_points={'console_scripts': ['bench-hook=bench_hook:main']},
)
EOF
printf 'def main():\n    return 0\n' >"$py_hooks/bench_hook.py"
printf -- '-   id: bench\n    name: bench\n    entry: bench-hook\n    language: python\n' \
  >"$py_hooks/.pre-commit-hooks.yaml"
commit_all "$py_hooks"

# the same hook as a pyproject.toml project: every pip builds it in an isolated PEP 517 env
pep517_hooks="$work/pep517-hooks"
rm -rf "$pep517_hooks" && cp -r "$py_hooks" "$pep517_hooks" && rm "$pep517_hooks/setup.py"
cat >"$pep517_hooks/pyproject.toml" <<'EOF'
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "bench-hook"
version = "1.0"

[project.scripts]
bench-hook = "bench_hook:main"

[tool.setuptools]
py-modules = ["bench_hook"]
EOF
commit_all "$pep517_hooks"

node_hooks="$work/node-hooks"
rm -rf "$node_hooks" && mkdir -p "$node_hooks/bin" && git -C "$node_hooks" init -q
cat >"$node_hooks/package.json" <<'EOF'
{"name": "bench-node-hook", "version": "1.0.0", "bin": {"bench-node": "bin/bench.js"},
 "dependencies": {"prettier": "3.6.2"}}
EOF
printf '#!/usr/bin/env node\nrequire("prettier");\n' >"$node_hooks/bin/bench.js"
printf -- '-   id: bench\n    name: bench\n    entry: bench-node\n    language: node\n' \
  >"$node_hooks/.pre-commit-hooks.yaml"
commit_all "$node_hooks"

user_repo() { # name hook-repo
  local dir="$work/$1"
  rm -rf "$dir" && mkdir -p "$dir" && git -C "$dir" init -q
  printf 'repos:\n-   repo: %s\n    rev: %s\n    hooks:\n    -   id: bench\n' \
    "$2" "$(git -C "$2" rev-parse HEAD)" >"$dir/.pre-commit-config.yaml"
  echo "$dir"
}
py_repo="$(user_repo py-user "$py_hooks")"
pep517_repo="$(user_repo pep517-user "$pep517_hooks")"
node_repo="$(user_repo node-user "$node_hooks")"

# ---------------------------------------------------------------- measure
results="$work/results"
mkdir -p "$results"
store_pc="$iso/pre-commit-store"
store_jc="$iso/precommit-store"
export PRE_COMMIT_HOME="$store_pc" PRECOMMIT_HOME="$store_jc"

for lang in py pep517 node; do
  repo_var="${lang}_repo"
  cd "${!repo_var}"
  say "$lang: warm-up (fills the npm cache and pre-commit's virtualenv app data)"
  rm -rf "$store_pc" "$store_jc"
  "$PC_BIN" install-hooks >/dev/null
  "$PRECOMMIT" install-hooks >/dev/null
  # Each run installs a hook repository new to the store, as when a config gains or bumps a
  # hook; what a store keeps for all environments stays, like pre-commit's virtualenv app data
  # (outside its store): precommit's languages/ (the pip seed venv per interpreter).
  say "$lang: install-hooks of a new hook repository, $RUNS runs each"
  hyperfine --runs "$RUNS" --style basic --export-json "$results/$lang.json" \
    -n "pre-commit $lang" --prepare "rm -rf '$store_pc'" "'$PC_BIN' install-hooks" \
    -n "precommit $lang" --prepare "rm -rf '$store_jc/repos'" "'$PRECOMMIT' install-hooks"
done

# ---------------------------------------------------------------- summary
python3 - "$results" "$("$PC_BIN" --version)" <<'EOF'
import json, os, sys
results, version = sys.argv[1], sys.argv[2]
print(f'\n| environment install ({version} vs precommit) | pre-commit s | precommit s | ratio |')
print('|---|---|---|---|')
for lang in ('py', 'pep517', 'node'):
    with open(os.path.join(results, f'{lang}.json')) as f:
        pc, jc = (r['mean'] for r in json.load(f)['results'])
    name = {
        'py': 'python, setup.py (offline wheelhouse)',
        'pep517': 'python, pyproject.toml (offline wheelhouse)',
        'node': 'node, package.json + prettier',
    }
    print(f'| {name[lang]} | {pc:.2f} | {jc:.2f} | {pc / jc:.2f}x |')
EOF
