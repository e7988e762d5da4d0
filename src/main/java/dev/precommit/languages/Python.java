package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import dev.precommit.process.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code python}: a virtual environment per hook repository (made by the interpreter's own {@code
 * venv} module, so nothing but Python is needed), then {@code pip install .} of the repository plus
 * its additional dependencies. pip reads its own configuration ({@code PIP_*} variables, {@code
 * pip.conf}), so mirrors and offline wheelhouses work unchanged.
 */
final class Python implements Language {
  private static final Path ROOT = Path.of("/");
  private static final Pattern BARE_VERSION = Pattern.compile("\\d+(\\.\\d+)*");
  private static final String VERSION_INFO =
      "import sys;print(\".\".join(str(p) for p in sys.version_info))";

  @Override
  public String name() {
    return "python";
  }

  @Override
  public String environmentDir() {
    return "py_env";
  }

  /**
   * pre-commit names the interpreter it runs on ({@code python3.X}); precommit has none of its own,
   * so {@code python3} on PATH plays that part, then {@code python}.
   */
  @Override
  public String defaultVersion(Map<String, String> env) {
    for (String candidate : List.of("python3", "python")) {
      if (SystemExecutable.find(candidate, env).isPresent()) {
        return candidate;
      }
    }
    return DEFAULT_VERSION;
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    Path envDir = environmentPath(prefix, version);
    return EnvPatch.empty()
        .set("PIP_DISABLE_PIP_VERSION_CHECK", "1")
        .unset("PYTHONHOME")
        .set("VIRTUAL_ENV", envDir.toString())
        .prependPath(envDir.resolve("bin").toString());
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    Path envDir = environmentPath(prefix, version);
    String python = interpreter(version, host.env());
    SetupCommand.run(
        host, List.of(python, "-m", "venv", "--without-pip", envDir.toString()), ROOT, host.env());
    VenvSeed.seed(envDir, python, host);
    List<String> install = new ArrayList<>(List.of("python", "-mpip", "install", "."));
    install.addAll(additionalDependencies);
    SetupCommand.run(host, install, prefix, environment(prefix, version).applyTo(host.env()));
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }

  /**
   * The environment's interpreter must still be the one it was made from: a base interpreter that
   * moved (its directory is gone, the venv's symlink dangles) or was upgraded in place (it reports
   * another version) makes the environment unusable.
   */
  @Override
  public String healthCheck(Path prefix, String version, Host host) throws InterruptedException {
    Path envDir = environmentPath(prefix, version);
    Path cfgFile = envDir.resolve("pyvenv.cfg");
    if (!Files.isRegularFile(cfgFile)) {
      return "pyvenv.cfg does not exist (old virtualenv?)";
    }
    Map<String, String> cfg = readPyvenvCfg(cfgFile);
    // virtualenv records version_info (3.11.7.final.0); venv records version (3.11.7)
    String expected = cfg.getOrDefault("version_info", cfg.get("version"));
    if (expected == null) {
      return "created virtualenv's pyvenv.cfg is missing `version_info`";
    }
    String home = cfg.get("home");
    if (home != null && !Files.isDirectory(Path.of(home))) {
      return "base executable directory no longer exists: " + home;
    }
    String python = envDir.resolve("bin").resolve("python").toString();
    Result result = host.runner().run(List.of(python, "-S", "-c", VERSION_INFO), ROOT, host.env());
    String actual =
        result.exitCode() == 0
            ? result.outputText().strip()
            : "<<error retrieving version from " + python + ">>";
    if (!actual.equals(expected) && !actual.startsWith(expected + ".")) {
      return "virtualenv python version did not match created version:\n"
          + "- actual version: "
          + actual
          + "\n- expected version: "
          + expected
          + "\n";
    }
    return null;
  }

  /**
   * The base interpreter for {@code language_version}: {@code default} is the default version's
   * interpreter, a path is used as is (with {@code ~} expanded), {@code 3.11} means {@code
   * python3.11}, anything else is looked up on PATH.
   */
  static String interpreter(String version, Map<String, String> env) {
    String name = version;
    if (DEFAULT_VERSION.equals(version)) {
      name = "python3";
      if (SystemExecutable.find(name, env).isEmpty()) {
        name = "python";
      }
    } else if (BARE_VERSION.matcher(version).matches()) {
      name = "python" + version;
    }
    if (name.startsWith("~/")) {
      name = env.getOrDefault("HOME", System.getProperty("user.home")) + name.substring(1);
    }
    if (name.contains("/")) {
      Path path = Path.of(name);
      if (Files.isRegularFile(path) && Files.isExecutable(path)) {
        return name;
      }
      throw SystemExecutable.notInstalled(name, "python");
    }
    Optional<String> found = SystemExecutable.find(name, env);
    if (found.isEmpty()) {
      throw SystemExecutable.notInstalled(name, "python");
    }
    return found.get();
  }

  /** pre-commit's {@code _read_pyvenv_cfg}: {@code key = value} lines, anything else ignored. */
  static Map<String, String> readPyvenvCfg(Path file) {
    Map<String, String> cfg = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split("=", -1);
        if (parts.length == 2) {
          cfg.put(parts[0].strip(), parts[1].strip());
        }
      }
    } catch (IOException e) {
      // unreadable: reported as missing keys, so the environment is rebuilt
    }
    return cfg;
  }
}
