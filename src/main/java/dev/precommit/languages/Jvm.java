package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.maven.ResolvedJar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * {@code jvm} (a precommit extension, docs/languages.md): any tool published as Maven coordinates.
 * {@code additional_dependencies} are the class path (resolved together, Maven's mediation), the
 * entry is {@code [JVM options] <main class | artifactId> [arguments]}. One launcher per
 * environment ({@code <env>/launch}), with a class archive per (JVM options, main class).
 */
final class Jvm implements Language {
  static final String NAME = "jvm";
  private static final String LAUNCH = "launch";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String environmentDir() {
    return "jvm_env";
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host) {
    JvmEnvironment.requireDefaultVersion(NAME, version);
    if (additionalDependencies.isEmpty()) {
      throw new FatalError(
          "`language: jvm` needs the tool's Maven coordinates in additional_dependencies");
    }
    JvmEnvironment.requireCoordinates(
        additionalDependencies, NAME, "a `jvm` hook's dependencies are its class path");
    JavaRuntime java = JvmEnvironment.requireJava(host, NAME);
    List<ResolvedJar> jars = JvmEnvironment.resolve(additionalDependencies, host);
    Properties mainClasses = new Properties();
    Set<String> manifestOptions = new LinkedHashSet<>();
    for (String coordinates : additionalDependencies) {
      ResolvedJar jar = JvmEnvironment.jarOf(coordinates, jars);
      ToolManifest manifest = ToolManifest.read(jar.path());
      if (manifest.mainClass() != null) {
        mainClasses.setProperty(jar.artifactId(), manifest.mainClass());
      }
      manifestOptions.addAll(manifest.jvmOptions());
    }
    Path envDir = environmentPath(prefix, version);
    JvmEnvironment.writeExecutable(
        envDir.resolve(LAUNCH),
        LaunchScript.text(
            String.join(" ", additionalDependencies),
            java,
            jars.stream().map(ResolvedJar::path).toList(),
            LaunchScript.ARCHIVE_ARGUMENT,
            List.copyOf(manifestOptions)));
    JvmEnvironment.createArchiveDir(envDir);
    JvmEnvironment.writeProperties(envDir, java, mainClasses);
  }

  @Override
  public String healthCheck(Path prefix, String version, Host host) {
    return JvmEnvironment.health(environmentPath(prefix, version));
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    Path envDir = environmentPath(call.hook().prefix(), call.hook().languageVersion());
    JvmEntry entry = JvmEntry.parse(call.hook().id(), BasicRun.command(call.hook()));
    String main =
        JvmEnvironment.mainClassOf(JvmEnvironment.readProperties(envDir), entry.main())
            .orElse(entry.main());
    List<String> java = new ArrayList<>(entry.jvmOptions());
    java.add(main);
    List<String> cmd = new ArrayList<>();
    cmd.add(envDir.resolve(LAUNCH).toString());
    cmd.add(
        entry.managesClassSharing()
            ? ""
            : envDir.resolve(JvmEnvironment.ARCHIVES).resolve(archiveName(java)).toString());
    cmd.addAll(java);
    cmd.addAll(entry.arguments());
    return BasicRun.run(cmd, call);
  }

  /** One archive per way of starting the JVM: the classes loaded depend on both. */
  private static String archiveName(List<String> jvmOptionsAndMain) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\0", jvmOptionsAndMain).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
