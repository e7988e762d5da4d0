package dev.precommit.languages;

import dev.precommit.process.Shlex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The shell script that starts a JVM tool: absolute java and class path fixed at install time, the
 * start-up flags precommit uses for itself, and a class archive per tool (docs/performance.md).
 *
 * <p>The first run of a tool trains a dynamic AppCDS archive as it runs ({@code
 * -XX:ArchiveClassesAtExit}), written to a temporary name and renamed, one trainer at a time
 * ({@code mkdir} as the lock). Not JDK 25's AOT cache: its training prints "AOTConfiguration
 * recorded" (or the assembling child's messages) into the tool's output, and for the tools measured
 * it starts no faster than the dynamic archive (docs/performance.md). Later runs use it while it is
 * newer than the JDK's {@code lib/modules}. A failed training is remembered in {@code
 * <archive>.failed} and never retried; the tool's exit code and output are the tool's either way.
 * An empty archive argument means no archive. The hot path is shell builtins and {@code exec}.
 */
final class LaunchScript {
  /** Set to anything non-empty to never train archives (same switch as {@code __train}). */
  static final String NO_TRAIN = "PRECOMMIT_NO_TRAIN";

  /**
   * precommit's own start-up flags, with all JVM logging off: archive diagnostics (JDK 25 reports
   * an {@code --add-exports} that its base archive lacks as an error on every run) would otherwise
   * land in the tool's output.
   */
  static final String FLAGS =
      "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable";

  /** The caller passes the archive (or nothing) as the first argument. */
  static final String ARCHIVE_ARGUMENT = "\"$1\"";

  private static final String HEADER =
      """
      #!/bin/sh
      # @WHAT@ (written by precommit at install time@NOTE@)
      java=@JAVA@
      cp=@CP@
      flags=@FLAGS@
      """;

  private static final String WITH_ARCHIVE =
      """
      archive=@ARCHIVE@
      @SHIFT@if [ -z "$archive" ]; then
          exec @RUN@
      fi
      if [ -f "$archive" ] && [ ! @MODULES@ -nt "$archive" ]; then
          exec @RUN_USE@
      fi
      if [ -n "$@NO_TRAIN@" ] || [ -f "$archive.failed" ] || ! mkdir "$archive.lock" 2>/dev/null; then
          exec @RUN@
      fi
      trap 'rm -rf "$archive.tmp" "$archive.lock"; exit 130' INT TERM
      @TRAIN@""";

  /** The run itself dumps a dynamic archive at exit. */
  private static final String TRAIN =
      """
      @RUN_TRAIN@
      rc=$?
      if [ -s "$archive.tmp" ]; then
          mv -f "$archive.tmp" "$archive"
      else
          rm -f "$archive.tmp"; : > "$archive.failed"
      fi
      rmdir "$archive.lock"
      exit $rc
      """;

  private LaunchScript() {}

  /**
   * @param archive a shell word naming the archive: a quoted path, or {@link #ARCHIVE_ARGUMENT}
   * @param fixedArgs JVM options, main class and arguments that come before the caller's
   */
  static String text(
      String what, JavaRuntime java, List<Path> classpath, String archive, List<String> fixedArgs) {
    String cp = classpath.stream().map(Path::toString).collect(Collectors.joining(":"));
    String fixed = fixedArgs.stream().map(Shlex::quote).collect(Collectors.joining(" "));
    String run =
        "\"$java\" $flags %s-cp \"$cp\" " + (fixed.isEmpty() ? "" : fixed + " ") + "\"$@\"";
    String shift = archive.equals(ARCHIVE_ARGUMENT) ? "shift\n" : "";
    String header =
        HEADER
            .replace("@WHAT@", what)
            .replace("@JAVA@", Shlex.quote(java.java().toString()))
            .replace("@CP@", Shlex.quote(cp))
            .replace("@FLAGS@", Shlex.quote(FLAGS));
    if (!canArchive(java, classpath)) {
      String why = java.feature() == 0 ? "unknown JVM version" : "signed jar on JDK 17";
      return header.replace("@NOTE@", "; no class archive: " + why)
          + shift
          + "exec "
          + String.format(run, "")
          + "\n";
    }
    String training =
        TRAIN.replace(
            "@RUN_TRAIN@", String.format(run, "-XX:ArchiveClassesAtExit=\"$archive.tmp\" "));
    return header.replace("@NOTE@", "")
        + WITH_ARCHIVE
            .replace("@TRAIN@", training)
            .replace("@ARCHIVE@", archive)
            .replace("@SHIFT@", shift)
            .replace("@MODULES@", Shlex.quote(java.modules().toString()))
            .replace("@NO_TRAIN@", NO_TRAIN)
            .replace("@RUN_USE@", String.format(run, "-XX:SharedArchiveFile=\"$archive\" "))
            .replace("@RUN@", String.format(run, ""));
  }

  /**
   * JDK 17's dynamic dump can crash on a signed jar (docs/performance.md), which would fail the
   * training run; JDK 25 only leaves such a jar's classes out. An unknown JVM gets no archive.
   */
  static boolean canArchive(JavaRuntime java, List<Path> classpath) {
    if (java.feature() == 0) {
      return false;
    }
    return java.feature() >= 25 || classpath.stream().noneMatch(LaunchScript::isSigned);
  }

  private static boolean isSigned(Path jar) {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      return file.stream()
          .map(JarEntry::getName)
          .anyMatch(n -> n.startsWith("META-INF/") && n.endsWith(".SF"));
    } catch (IOException e) {
      return false;
    }
  }
}
