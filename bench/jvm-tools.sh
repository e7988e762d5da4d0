#!/bin/sh
# Start-up of JVM hook tools (docs/performance.md#jvm-tools): each tool run once on one small
# file, as a hook would, three ways: a plain `java -cp` (what a coursier launcher does), precommit's
# launcher without a class archive (start-up flags only), and with the archive its first run
# trained. For the JDK on PATH and, if present, JDK 25 (JDK25=/path/to/jdk).
#   bench/jvm-tools.sh            # needs target/precommit.jar and hyperfine
#   RUNS=20 bench/jvm-tools.sh
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
jar=$here/target/precommit.jar
work=${WORK:-$here/bench/work/jvm-tools}
runs=${RUNS:-15}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
rm -rf "$work" && mkdir -p "$work"
export HOME="$work/home" PRECOMMIT_HOME="$work/store" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"

setup() { # $1 = name, $2 = JAVA_HOME or empty
    repo=$work/$1
    git init -q "$repo"
    cat > "$repo/.pre-commit-config.yaml" <<CFG
repos:
-   repo: builtin
    hooks:
    -   id: google-java-format
    -   id: checkstyle
    -   id: ktlint
CFG
    printf 'class A {\n  void f() {\n    int x = 1;\n  }\n}\n' > "$repo/A.java"
    printf 'fun main() {\n    val x = 1\n}\n' > "$repo/a.kt"
    git -C "$repo" add -A
    # installs the environments, then trains each archive on this first real run
    (cd "$repo" && if [ -n "$2" ]; then export JAVA_HOME="$2"; fi;
     java -jar "$jar" run --all-files >/dev/null 2>&1 || true)
}

launcher_of() { # $1 = store, $2 = word in the launcher's comment
    grep -l "$2" "$1"/repos/*/jvm_env-default/launch | head -1
}

bench() { # $1 = label, $2 = repo
    label=$1
    cd "$work/$2"
    for tool in google-java-format:com.google.googlejavaformat.java.Main:A.java \
                checkstyle:com.puppycrawl.tools.checkstyle.Main:A.java \
                ktlint:com.pinterest.ktlint.Main:a.kt; do
        name=${tool%%:*}; rest=${tool#*:}; main=${rest%%:*}; file=${rest#*:}
        launch=$(launcher_of "$PRECOMMIT_HOME" "$name")
        env=$(dirname "$launch")
        archive=$(ls "$env/.jvm" | grep -v -e failed -e lock | head -1 || true)
        java=$(sed -n "s/^java='\{0,1\}\([^']*\)'\{0,1\}$/\1/p" "$launch")
        cp=$(sed -n "s/^cp='\{0,1\}\([^']*\)'\{0,1\}$/\1/p" "$launch")
        args="$file"; [ "$name" = checkstyle ] && args="-c /sun_checks.xml $file"
        opts=""; [ "$name" = google-java-format ] && opts=$(grep -o -- "--add-exports=[^ ']*" "$launch" | sort -u | tr '\n' ' ')
        set -- "$java $opts -cp $cp $main $args" \
               "env PRECOMMIT_NO_TRAIN=1 $launch '' $main $args"
        [ -n "$archive" ] && set -- "$@" "$launch $env/.jvm/$archive $main $args"
        hyperfine -N -i --warmup 2 --runs "$runs" --style none \
            --export-markdown "$work/$label-$name.md" "$@" >/dev/null 2>&1
        echo "## $label $name (archive: ${archive:-none})"
        sed -e "s|$cp|<cp>|" -e "s|$env|<env>|g" -e "s|$opts|<add-exports> |" "$work/$label-$name.md"
    done
}

setup jdk-path ""
bench jdk-path jdk-path
if [ -x "$jdk25/bin/java" ]; then
    export PRECOMMIT_HOME="$work/store25"
    setup jdk25 "$jdk25"
    bench jdk25 jdk25
fi
