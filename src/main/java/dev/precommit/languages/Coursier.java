package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.maven.MavenCoordinates;
import dev.precommit.maven.ResolvedJar;
import dev.precommit.process.EnvPatch;
import dev.precommit.process.Shlex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code coursier}, without the {@code cs} program: each additional dependency written as Maven
 * coordinates is an app, resolved with Maven Resolver and installed as a launcher named after its
 * artifactId (what {@code cs install} names it) that runs the jar's {@code Main-Class}. The
 * environment directory is on PATH, as in pre-commit, so the entry is the app's name.
 *
 * <p>A hook repository's {@code .pre-commit-channel/<app>.json} app descriptors are installed the
 * same way, within what {@link ChannelDescriptor} supports. Coursier app names ({@code
 * scalafmt:3.6.1}) are looked up in coursier's app index, which precommit does not read: a clear
 * error.
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
    Path channel = prefix.resolve(".pre-commit-channel");
    boolean hasChannel = Files.isDirectory(channel);
    if (!hasChannel && additionalDependencies.isEmpty()) {
      throw new FatalError("expected .pre-commit-channel dir or additional_dependencies");
    }
    JvmEnvironment.requireCoordinates(additionalDependencies, NAME, NO_INDEX);
    JavaRuntime java = JvmEnvironment.requireJava(host, NAME);
    Path envDir = environmentPath(prefix, version);
    Properties mainClasses = new Properties();
    if (hasChannel) {
      for (Path file : descriptors(channel)) {
        String name = file.getFileName().toString();
        String app = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        ChannelDescriptor descriptor = ChannelDescriptor.parse(app, read(file));
        installApp(envDir, java, app, descriptor, host, mainClasses);
      }
    }
    for (String coordinates : additionalDependencies) {
      ChannelDescriptor plain =
          new ChannelDescriptor(List.of(), List.of(coordinates), null, List.of());
      installApp(envDir, java, MavenCoordinates.artifactId(coordinates), plain, host, mainClasses);
    }
    JvmEnvironment.createArchiveDir(envDir);
    JvmEnvironment.writeProperties(envDir, java, mainClasses);
  }

  /** {@code cs install}: a launcher named {@code app} on the environment's PATH. */
  private static void installApp(
      Path envDir,
      JavaRuntime java,
      String app,
      ChannelDescriptor descriptor,
      Host host,
      Properties mainClasses) {
    List<ResolvedJar> jars =
        JvmEnvironment.resolve(descriptor.dependencies(), descriptor.repositoryUrls(), host);
    String first = descriptor.dependencies().get(0);
    ToolManifest manifest = ToolManifest.read(JvmEnvironment.jarOf(first, jars).path());
    String main = descriptor.mainClass() != null ? descriptor.mainClass() : manifest.mainClass();
    if (main == null) {
      throw new FatalError(
          first
              + " has no Main-Class in its manifest: use `language: jvm` and name the main"
              + " class in the entry");
    }
    mainClasses.setProperty(app, main);
    List<String> fixed = new ArrayList<>(descriptor.jvmOptions());
    fixed.addAll(manifest.jvmOptions());
    fixed.add(main);
    String archive = envDir.resolve(JvmEnvironment.ARCHIVES).resolve(app).toString();
    JvmEnvironment.writeExecutable(
        envDir.resolve(app),
        LaunchScript.text(
            String.join(" ", descriptor.dependencies()),
            java,
            jars.stream().map(ResolvedJar::path).toList(),
            Shlex.quote(archive),
            fixed));
  }

  private static List<Path> descriptors(Path channel) {
    try (Stream<Path> files = Files.list(channel)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
