#!/usr/bin/env bash
# Installs precommit: builds the jar with Maven when needed, then puts the jar and a `precommit`
# launcher under $PREFIX (default ~/.local). Safe to run again: it replaces what it installed.
#
#   ./install.sh                 # build if needed, install to ~/.local
#   PREFIX=/usr/local ./install.sh
#   ./install.sh --rebuild       # force a fresh build
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
jar_src="$here/target/precommit.jar"
rebuild=0
[ "${1:-}" = "--rebuild" ] && rebuild=1

die() { echo "install.sh: $*" >&2; exit 1; }

# A Java 17 or newer, preferring the newest JDK found (JDK 25 starts faster with an AOT cache).
pick_java() {
  local candidates=()
  [ -n "${PRECOMMIT_JAVA:-}" ] && candidates+=("$PRECOMMIT_JAVA")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  local j
  for j in /usr/lib/jvm/*/bin/java; do [ -x "$j" ] && candidates+=("$j"); done
  local best="" best_major=0 c major
  for c in "${candidates[@]}"; do
    [ -x "$c" ] || continue
    major="$("$c" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    major="${major#1.}"
    [ -n "$major" ] || continue
    if [ "$major" -gt "$best_major" ]; then best="$c"; best_major="$major"; fi
  done
  [ -n "$best" ] || die "no Java found. Install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk) or set JAVA_HOME."
  [ "$best_major" -ge 17 ] || die "Java $best_major found at $best, but precommit needs Java 17 or newer."
  # resolve symlinks so the launcher keeps working if alternatives change
  readlink -f "$best"
}

java_bin="$(pick_java)"

needs_build=$rebuild
if [ ! -f "$jar_src" ]; then
  needs_build=1
elif [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar_src" -print -quit 2>/dev/null)" ]; then
  needs_build=1
fi
if [ "$needs_build" = 1 ]; then
  command -v mvn >/dev/null 2>&1 || die "Maven is needed to build precommit (apt-get install maven), or put a built target/precommit.jar here."
  echo "Building precommit with Maven..."
  (cd "$here" && mvn -B -q -DskipTests package)
fi
[ -f "$jar_src" ] || die "build did not produce $jar_src"

share="$prefix/share/precommit"
bin="$prefix/bin"
mkdir -p "$share" "$bin"
# copy then rename: a commit running right now never sees half a jar
cp "$jar_src" "$share/precommit.jar.tmp.$$"
mv -f "$share/precommit.jar.tmp.$$" "$share/precommit.jar"

launcher="$bin/precommit"
# The jar writes its own launcher (same start-up recipe as the git hooks it installs), then builds
# the class archive (JDK 25 AOT cache or JDK 17 AppCDS) so the first run is already fast.
"$java_bin" -jar "$share/precommit.jar" __write-launcher "$launcher"
"$java_bin" -jar "$share/precommit.jar" __train || echo "install.sh: class archive not built; precommit still works, only slower to start" >&2

echo "precommit installed: $launcher (java: $java_bin)"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Note: $bin is not on your PATH. Add it, e.g.: export PATH=\"$bin:\$PATH\"" ;;
esac
