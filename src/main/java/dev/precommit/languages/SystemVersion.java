package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * precommit never downloads a toolchain. Where pre-commit would fetch the {@code language_version}
 * a hook asks for (go, ruby, rust, node), the tool on PATH must already be that version: {@code
 * 1.19} accepts 1.19.8, {@code go1.19} and {@code v1.19} are read as 1.19.
 */
final class SystemVersion {
  static final String SYSTEM = "system";

  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");

  private SystemVersion() {}

  /** {@code system} and {@code default} both mean "the tool on PATH, whatever its version". */
  static boolean isAny(String version) {
    return SYSTEM.equals(version) || Language.DEFAULT_VERSION.equals(version);
  }

  /**
   * Runs {@code versionCommand} (e.g. {@code go env GOVERSION}) unless {@code version} is {@link
   * #isAny any}, and fails unless the first version number it prints matches.
   */
  static void check(
      Host host,
      String language,
      String version,
      List<String> versionCommand,
      Path cwd,
      Map<String, String> env)
      throws InterruptedException {
    if (isAny(version)) {
      return;
    }
    String output = SetupCommand.run(host, versionCommand, cwd, env);
    Matcher actual = NUMBER.matcher(output);
    Matcher wanted = NUMBER.matcher(version);
    if (actual.find()
        && wanted.find()
        && (actual.group().equals(wanted.group())
            || actual.group().startsWith(wanted.group() + "."))) {
      return;
    }
    throw new FatalError(
        "`language_version: "
            + version
            + "` asks for a "
            + language
            + " that `"
            + String.join(" ", versionCommand)
            + "` does not report (it says "
            + output.strip()
            + "): precommit uses the system's toolchain and downloads none");
  }
}
