package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An offline package index for pip, made by the test: CPython's bundled pip and setuptools wheels
 * (from {@code ensurepip}; Debian's python3-pip-whl and python3-setuptools-whl when CPython's are
 * missing), the {@code wheel} wheel that setuptools before 70.1 needs to build (Debian's
 * python3-wheel-whl), and any wheel a test writes itself. pip is pointed at it through its own
 * variables, in the test's environment only.
 */
final class Wheelhouse {
  private static final Path DEBIAN_WHEELS = Path.of("/usr/share/python-wheels");

  private final Path dir;

  private Wheelhouse(Path dir) {
    this.dir = dir;
  }

  static Wheelhouse create(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Result bundled =
        new ProcessRunner()
            .run(
                List.of(
                    "python3",
                    "-c",
                    "import ensurepip, os; print(os.path.dirname(ensurepip.__file__))"),
                dir,
                System.getenv());
    assertEquals(0, bundled.exitCode(), bundled::outputText);
    copyWheels(Path.of(bundled.outputText().strip(), "_bundled"), "", dir);
    // Debian's own setuptools is patched for Debian's Python: only a fallback
    boolean bundledSetuptools;
    try (Stream<Path> files = Files.list(dir)) {
      bundledSetuptools = files.anyMatch(p -> p.getFileName().toString().startsWith("setuptools-"));
    }
    copyWheels(DEBIAN_WHEELS, bundledSetuptools ? "wheel-" : "", dir);
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertFalse(
          names.stream().noneMatch(n -> n.startsWith("wheel-")),
          "no wheel-*.whl in " + DEBIAN_WHEELS + " (apt-get install python3-wheel-whl): " + names);
    }
    return new Wheelhouse(dir);
  }

  private static void copyWheels(Path from, String prefix, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.list(from)) {
      for (Path whl : files.toList()) {
        String name = whl.getFileName().toString();
        if (name.endsWith(".whl") && name.startsWith(prefix)) {
          Files.copy(whl, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** pip's own configuration: no index, only this directory. */
  void configure(TestRepo repo) {
    repo.setEnv("PIP_NO_INDEX", "1");
    repo.setEnv("PIP_FIND_LINKS", dir.toString());
  }

  /**
   * Writes a pure-Python wheel of one module with console scripts ({@code name=module:function}): a
   * zip with the dist-info files pip reads.
   */
  void addWheel(String name, String version, Map<String, String> modules, List<String> scripts) {
    String distInfo = name + "-" + version + ".dist-info/";
    Map<String, String> entries = new LinkedHashMap<>(modules);
    entries.put(
        distInfo + "METADATA",
        "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
    entries.put(
        distInfo + "WHEEL",
        "Wheel-Version: 1.0\nGenerator: precommit-tests\nRoot-Is-Purelib: true\n"
            + "Tag: py3-none-any\n");
    entries.put(
        distInfo + "entry_points.txt", "[console_scripts]\n" + String.join("\n", scripts) + "\n");
    List<String> record = new ArrayList<>();
    for (String path : entries.keySet()) {
      record.add(path + ",,");
    }
    record.add(distInfo + "RECORD,,");
    entries.put(distInfo + "RECORD", String.join("\n", record) + "\n");
    Path whl = dir.resolve(name + "-" + version + "-py3-none-any.whl");
    try (OutputStream out = Files.newOutputStream(whl);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
