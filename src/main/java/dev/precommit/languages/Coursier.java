package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.maven.MavenCoordinates;
import dev.precommit.maven.ResolvedJar;
import dev.precommit.process.EnvPatch;
import dev.precommit.process.Shlex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code coursier}, without the {@code cs} program: each additional dependency written as Maven
 * coordinates is an app, resolved with Maven Resolver and installed as a launcher named after its
 * artifactId (what {@code cs install} names it) that runs the jar's {@code Main-Class}. The
 * environment directory is on PATH, as in pre-commit, so the entry is the app's name.
 *
 * <p>Coursier app names ({@code scalafmt:3.6.1}) and {@code .pre-commit-channel/} descriptors are
 * looked up in coursier's app index and channels, which precommit does not read: a clear error.
 */
final class Coursier implements Language {
  static final String NAME = "coursier";
  private static final String NO_INDEX =
      "coursier app names need coursier's app index, which precommit does not use: write the"
          + " tool's Maven coordinates, or use `language: jvm` to name its main class";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String environmentDir() {
    return NAME;
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    Path envDir = environmentPath(prefix, version);
    return EnvPatch.empty()
        .prependPath(envDir.toString())
        .set("COURSIER_CACHE", envDir.resolve(".cs-cache").toString());
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host) {
    JvmEnvironment.requireDefaultVersion(NAME, version);
    boolean channel = Files.isDirectory(prefix.resolve(".pre-commit-channel"));
    if (channel) {
      throw new FatalError(
          "this hook repository's .pre-commit-channel/ holds coursier app descriptors; "
              + NO_INDEX);
    }
    if (additionalDependencies.isEmpty()) {
      throw new FatalError("expected .pre-commit-channel dir or additional_dependencies");
    }
    JvmEnvironment.requireCoordinates(additionalDependencies, NAME, NO_INDEX);
    JavaRuntime java = JvmEnvironment.requireJava(host, NAME);
    Path envDir = environmentPath(prefix, version);
    Properties mainClasses = new Properties();
    for (String coordinates : additionalDependencies) {
      List<ResolvedJar> jars = JvmEnvironment.resolve(List.of(coordinates), host);
      String app = MavenCoordinates.artifactId(coordinates);
      ToolManifest manifest = ToolManifest.read(JvmEnvironment.jarOf(coordinates, jars).path());
      if (manifest.mainClass() == null) {
        throw new FatalError(
            coordinates
                + " has no Main-Class in its manifest: use `language: jvm` and name the main"
                + " class in the entry");
      }
      mainClasses.setProperty(app, manifest.mainClass());
      List<String> fixed = new ArrayList<>(manifest.jvmOptions());
      fixed.add(manifest.mainClass());
      String archive = envDir.resolve(JvmEnvironment.ARCHIVES).resolve(app).toString();
      JvmEnvironment.writeExecutable(
          envDir.resolve(app),
          LaunchScript.text(
              coordinates,
              java,
              jars.stream().map(ResolvedJar::path).toList(),
              Shlex.quote(archive),
              fixed));
    }
    JvmEnvironment.createArchiveDir(envDir);
    JvmEnvironment.writeProperties(envDir, java, mainClasses);
  }

  @Override
  public String healthCheck(Path prefix, String version, Host host) {
    return JvmEnvironment.health(environmentPath(prefix, version));
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
