package dev.precommit.languages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What a tool's jar manifest says about starting it: {@code Main-Class}, and the {@code
 * Add-Exports}/{@code Add-Opens} that {@code java -jar} would apply (google-java-format needs
 * javac's internals), as the equivalent command-line options for a class path launch.
 *
 * @param mainClass null if the jar names none
 */
record ToolManifest(String mainClass, List<String> jvmOptions) {
  static ToolManifest read(Path jar) {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      Manifest manifest = file.getManifest();
      if (manifest == null) {
        return new ToolManifest(null, List.of());
      }
      Attributes main = manifest.getMainAttributes();
      List<String> options = new ArrayList<>();
      addAll(options, "--add-exports=", main.getValue("Add-Exports"));
      addAll(options, "--add-opens=", main.getValue("Add-Opens"));
      return new ToolManifest(main.getValue(Attributes.Name.MAIN_CLASS), List.copyOf(options));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  /** {@code module/package} pairs, space-separated, each opened to the class path. */
  private static void addAll(List<String> options, String option, String value) {
    if (value == null) {
      return;
    }
    for (String modulePackage : value.trim().split("\\s+")) {
      if (!modulePackage.isEmpty()) {
        options.add(option + modulePackage + "=ALL-UNNAMED");
      }
    }
  }
}
