package dev.precommit.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares our tags with the real identify package on a generated tree of files. identify's own
 * tables are replaced by the bundled TSV so only the algorithm is compared. Skipped unless {@code
 * python3 -c 'import identify'} works (e.g. run with PYTHONPATH pointing at an unpacked wheel).
 */
class IdentifyDifferentialTest {
  private static final String ORACLE =
      """
      import os, sys
      from identify import extensions, identify, interpreters
      tables = {k: {} for k in ('extension', 'extension_needs_binary_check', 'name', 'interpreter')}
      with open(sys.argv[1], encoding='utf-8') as f:
          for line in f:
              line = line.rstrip('\\n')
              if not line or line.startswith('#') or line.startswith('kind\\t'):
                  continue
              kind, key, tags = line.split('\\t')
              tables[kind][key] = set(tags.split(','))
      extensions.EXTENSIONS = tables['extension']
      extensions.EXTENSIONS_NEED_BINARY_CHECK = tables['extension_needs_binary_check']
      extensions.NAMES = tables['name']
      interpreters.INTERPRETERS = tables['interpreter']
      for request in sys.stdin.read().splitlines():
          mode, _, arg = request.partition('\\t')
          try:
              if mode == 'path':
                  tags = identify.tags_from_path(os.path.join(sys.argv[2], arg))
              else:
                  tags = identify.tags_from_filename(arg)
              out = ','.join(sorted(tags))
          except Exception as e:
              out = 'ERROR'
          print(f'{request}\\t{out}')
      """;

  @TempDir Path dir;

  private final Identify identify = Identify.load();
  private final List<String> paths = new ArrayList<>();
  private int counter;

  private static boolean identifyImportable() {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", "import identify.identify")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Each case gets its own directory so that any file name can be used. */
  private void file(String name, byte[] content, boolean executable) throws IOException {
    Path caseDir = Files.createDirectory(dir.resolve("c" + counter++));
    Path file = caseDir.resolve(name);
    Files.write(file, content);
    Files.setPosixFilePermissions(
        file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    paths.add(dir.relativize(file).toString());
  }

  private void file(String name, String content, boolean executable) throws IOException {
    file(name, content.getBytes(StandardCharsets.UTF_8), executable);
  }

  private void generate(TagTables tables) throws IOException {
    for (String name : tables.names().keySet()) {
      file(name, "x\n", false);
      file(name + ".unknownext", "x\n", true);
    }
    for (String ext : tables.extensions().keySet()) {
      file("f." + ext, "x\n", false);
      file("F." + ext.toUpperCase(Locale.ROOT), new byte[] {0}, true);
    }
    for (String ext : tables.binaryCheckExtensions().keySet()) {
      file("t." + ext, "<text/>\n", false);
      file("b." + ext, new byte[] {'b', 0, 1}, false);
    }
    for (String interp : tables.interpreters().keySet()) {
      for (boolean exec : new boolean[] {true, false}) {
        file("s", "#!/usr/bin/" + interp + "\n", exec);
        file("s", "#!/usr/bin/env " + interp + " -x\n", exec);
        file("s", "#!/usr/bin/env -S " + interp + ".9.1 -x\n", exec);
        file("s", "#! " + interp + "\0\n", exec);
      }
    }
    String[] shebangs = {
      "#!",
      "#!   \n",
      "#!/usr/bin/env",
      "#!/usr/bin/env -S",
      "#!/usr/bin/env -S\n",
      "#!\"/p/with space/python3\" -u\n",
      "#!/p'ath/bash x\n",
      "#!/x/bash\\",
      "#!/x/'b'a\"s\"h\n",
      "#!/bin/sh\r\n",
      "#!\tperl\u000b-w\n",
      "#!/usr/bin/env nix-shell\n#!nix-shell -i python3\n",
      "#!/usr/bin/env nix-shell\n#!nix-shell -p x\n#! nix-shell -i ruby -i perl\n",
      "#!nix-shell\n#!nix-shell -i \"ba sh\"\n",
      "#!/usr/bin/env nix-shell\n#!nix-shell -i\n",
      "#!/usr/bin/env nix-shell\n#!\u00ff -i bash\n",
      "#!/usr/bin/env nix-shell\nx -i bash\n",
      "#!/usr/bin/pythön\n",
      "#!/usr/local/bin/python3.12.1\nprint()\n",
      "#!/bin/.bash\n",
      "#!bash.\n",
      "#!node",
      "#!/usr/bin/env -S -u python3\n",
      "#!/usr/bin/env FOO=1 bash\n",
    };
    for (String shebang : shebangs) {
      file("run", shebang, true);
      file("run", shebang, false);
    }
    for (int b = 0; b < 256; b++) {
      file("byte", new byte[] {'a', (byte) b, 'z'}, false);
    }
    byte[] lateNul = new byte[1025];
    Arrays.fill(lateNul, (byte) 'a');
    lateNul[1024] = 0;
    file("late", lateNul, false);
    lateNul[1023] = 0;
    file("late", lateNul, false);
    file("empty", "", false);
    String[] oddNames = {
      ".yaml",
      "..json",
      ".a.json",
      "trailing.",
      "...",
      "Dockerfile.xenial",
      "xenial.Dockerfile",
      "a.Dockerfile.b",
      "setup.cfg.bak",
      "x.setup.cfg",
      "README.md",
      "readme.MD",
      "Makefile.am",
      "a.b.c.PY",
      ".bashrc.sh",
      "-",
      ".bashrc",
      ".bashrc.json",
      "CMakeLists.txt.in",
      "Pipfile.lock",
    };
    for (String name : oddNames) {
      file(name, "#!/bin/bash\n", true);
      file(name, new byte[] {0}, false);
    }
    Files.createDirectories(dir.resolve("d/sub.py"));
    paths.add("d/sub.py");
    Files.createSymbolicLink(dir.resolve("d/link.py"), dir.resolve("c0"));
    paths.add("d/link.py");
    Files.createSymbolicLink(dir.resolve("d/broken"), dir.resolve("nowhere"));
    paths.add("d/broken");
  }

  @Test
  void tagsMatchRealIdentify() throws Exception {
    assertTrue(
        identifyImportable(),
        "python3 cannot import identify: .ci/run installs it (pip install identify)");
    TagTables tables = TagTables.bundled();
    generate(tables);

    List<String> requests = new ArrayList<>();
    Map<String, String> ours = new TreeMap<>();
    for (String path : paths) {
      requests.add("path\t" + path);
      ours.put("path\t" + path, describe(() -> identify.tagsFromPath(dir.resolve(path))));
      String base = path.substring(path.lastIndexOf('/') + 1);
      requests.add("name\t" + base);
      ours.put("name\t" + base, describe(() -> identify.tagsFromFilename(base)));
    }
    Map<String, String> theirs = runOracle(requests);
    assertEquals(ours.keySet(), theirs.keySet(), "identify answered every request");
    List<String> mismatches = new ArrayList<>();
    ours.forEach(
        (request, tags) -> {
          if (!tags.equals(theirs.get(request))) {
            mismatches.add(request + ": ours=" + tags + " identify=" + theirs.get(request));
          }
        });
    assertEquals(List.of(), mismatches, ours.size() + " requests compared");
  }

  private interface TagsCall {
    Set<String> get() throws IOException;
  }

  private static String describe(TagsCall call) {
    try {
      return String.join(",", new TreeSet<>(call.get()));
    } catch (IOException e) {
      return "ERROR";
    }
  }

  private Map<String, String> runOracle(List<String> requests) throws Exception {
    Path script = Files.writeString(dir.resolve("oracle.py"), ORACLE);
    Path tsv = dir.resolve("tags.tsv");
    try (InputStream in = TagTables.class.getResourceAsStream(TagTables.RESOURCE)) {
      Files.copy(in, tsv, StandardCopyOption.REPLACE_EXISTING);
    }
    Process p =
        new ProcessBuilder("python3", script.toString(), tsv.toString(), dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (OutputStream stdin = p.getOutputStream()) {
      stdin.write((String.join("\n", requests) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), "oracle exit status");
    Map<String, String> results = new TreeMap<>();
    for (String line : out.split("\n")) {
      int tab = line.lastIndexOf('\t');
      results.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return results;
  }
}
