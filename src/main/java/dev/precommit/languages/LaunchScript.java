package dev.precommit.languages;

import dev.precommit.process.Shlex;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shell script that starts a JVM tool: absolute java and class path fixed at install time, the
 * start-up flags precommit uses for itself, and a class archive per tool (docs/performance.md).
 *
 * <p>The first run of a tool trains the archive as it runs (JDK 25: {@code -XX:AOTCacheOutput}; JDK
 * 9-24: dynamic AppCDS, {@code -XX:ArchiveClassesAtExit}), written to a temporary name and renamed,
 * one trainer at a time ({@code mkdir} as the lock). Later runs use it while it is newer than the
 * JDK's {@code lib/modules}. A failed training is remembered in {@code <archive>.failed} and never
 * retried; the tool's exit code and output are the tool's either way. The hot path is shell
 * builtins and {@code exec}.
 */
final class LaunchScript {
  /** Set to anything non-empty to never train archives (same switch as {@code __train}). */
  static final String NO_TRAIN = "PRECOMMIT_NO_TRAIN";

  static final String FLAGS =
      "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
          + " -Xlog:disable -Xlog:all=error:stderr";

  private LaunchScript() {}

  /**
   * @param archive a shell word naming the archive: a quoted path, or {@code "$1"} when the caller
   *     passes it as the first argument
   * @param fixedArgs JVM options, main class and arguments that come before the caller's
   */
  static String text(
      String what, JavaRuntime java, List<Path> classpath, String archive, List<String> fixedArgs) {
    String cp = classpath.stream().map(Path::toString).collect(Collectors.joining(":"));
    String fixed = fixedArgs.stream().map(Shlex::quote).collect(Collectors.joining(" "));
    String run =
        "\"$java\" $flags %s-cp \"$cp\" " + (fixed.isEmpty() ? "" : fixed + " ") + "\"$@\"";
    String use = java.aotCache() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
    String train = java.aotCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
    boolean shift = archive.equals("\"$1\"");
    return "#!/bin/sh\n"
        + "# "
        + what
        + " (written by precommit at install time)\n"
        + "java="
        + Shlex.quote(java.java().toString())
        + "\n"
        + "cp="
        + Shlex.quote(cp)
        + "\n"
        + "flags="
        + Shlex.quote(FLAGS)
        + "\n"
        + "archive="
        + archive
        + "\n"
        + (shift ? "shift\n" : "")
        + "if [ -f \"$archive\" ] && [ ! "
        + Shlex.quote(java.modules().toString())
        + " -nt \"$archive\" ]; then\n"
        + "    exec "
        + String.format(run, use + "\"$archive\" ")
        + "\n"
        + "fi\n"
        + "if [ -n \"$"
        + NO_TRAIN
        + "\" ] || [ -f \"$archive.failed\" ] || ! mkdir \"$archive.lock\" 2>/dev/null; then\n"
        + "    exec "
        + String.format(run, "")
        + "\n"
        + "fi\n"
        + "trap 'rm -rf \"$archive.tmp\" \"$archive.lock\"; exit 130' INT TERM\n"
        + String.format(run, train + "\"$archive.tmp\" ")
        + "\n"
        + "rc=$?\n"
        + "if [ -s \"$archive.tmp\" ]; then\n"
        + "    mv -f \"$archive.tmp\" \"$archive\"\n"
        + "else\n"
        + "    rm -f \"$archive.tmp\"; : > \"$archive.failed\"\n"
        + "fi\n"
        + "rmdir \"$archive.lock\"\n"
        + "exit $rc\n";
  }
}
