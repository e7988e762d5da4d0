package dev.precommit.maven;

import dev.precommit.errors.FatalError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.RepositorySystemSession.SessionBuilder;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.version.Version;

/**
 * Maven coordinates to a runtime class path, with Maven's own rules: nearest-wins mediation, {@code
 * settings.xml}, checksums checked (a mismatch fails), artifacts cached in a local repository that
 * later resolutions reuse without the network. The only entry point into Maven Resolver: nothing
 * loads it until an environment is installed.
 */
public final class DependencyResolver {
  private DependencyResolver() {}

  /**
   * The jars of {@code coordinates} and their runtime dependencies, mediated together, in class
   * path order (the dependency graph in pre-order, so the first coordinate's jar comes first).
   *
   * @param localRepository where downloaded artifacts are kept (shared by environments)
   * @param env the user's environment (HOME and the settings variables)
   */
  public static List<ResolvedJar> resolve(
      List<String> coordinates, Path localRepository, Map<String, String> env) {
    return resolve(coordinates, List.of(), localRepository, env);
  }

  /**
   * {@link #resolve(List, Path, Map)} with more repositories after the settings' ones, and
   * coursier's {@code latest.release} (newest non-snapshot), {@code latest.stable} (also no
   * alpha/beta/milestone/RC) and {@code latest.integration} versions.
   */
  public static List<ResolvedJar> resolve(
      List<String> coordinates,
      List<String> repositoryUrls,
      Path localRepository,
      Map<String, String> env) {
    MavenSettings settings = MavenSettings.load(env);
    RepositorySystem system = new RepositorySystemSupplier().get();
    try {
      SessionBuilder builder =
          new SessionBuilderSupplier(system)
              .get()
              .withLocalRepositoryBaseDirectories(localRepository)
              .setOffline(settings.offline())
              .setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_FAIL)
              .setSystemProperties(System.getProperties())
              .setConfigProperty("aether.connector.basic.threads", 4);
      settings.configure(builder);
      try (CloseableSession session = builder.build()) {
        List<RemoteRepository> declared = new ArrayList<>(settings.repositories());
        for (int i = 0; i < repositoryUrls.size(); i++) {
          declared.add(
              new RemoteRepository.Builder("channel-" + (i + 1), "default", repositoryUrls.get(i))
                  .build());
        }
        List<RemoteRepository> remote = system.newResolutionRepositories(session, declared);
        CollectRequest collect = new CollectRequest();
        for (String coordinate : coordinates) {
          Artifact artifact = new DefaultArtifact(coordinate);
          if (artifact.getVersion().startsWith("latest.")) {
            artifact = artifact.setVersion(latest(system, session, artifact, remote));
          }
          collect.addDependency(new Dependency(artifact, JavaScopes.RUNTIME));
        }
        collect.setRepositories(remote);
        DependencyRequest request =
            new DependencyRequest(
                collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        List<ResolvedJar> jars = new ArrayList<>();
        for (ArtifactResult result :
            system.resolveDependencies(session, request).getArtifactResults()) {
          Artifact artifact = result.getArtifact();
          jars.add(
              new ResolvedJar(
                  artifact.getGroupId(),
                  artifact.getArtifactId(),
                  artifact.getVersion(),
                  artifact.getPath()));
        }
        return List.copyOf(jars);
      }
    } catch (DependencyResolutionException e) {
      throw new FatalError(
          "cannot resolve " + String.join(", ", coordinates) + ": " + e.getMessage() + rootCause(e),
          e);
    } catch (IllegalArgumentException e) {
      throw new FatalError("invalid Maven coordinates: " + e.getMessage(), e);
    } finally {
      system.shutdown();
    }
  }

  private static final Pattern UNSTABLE =
      Pattern.compile(
          "(?i).*[.-](alpha|a|beta|b|milestone|m|rc|cr|snapshot|preview|pre|dev|ea)[.-]?\\d*([.-].*)?");

  private static String latest(
      RepositorySystem system,
      RepositorySystemSession session,
      Artifact artifact,
      List<RemoteRepository> remote) {
    String kind = artifact.getVersion();
    try {
      VersionRangeResult range =
          system.resolveVersionRange(
              session, new VersionRangeRequest(artifact.setVersion("[0,)"), remote, null));
      List<Version> versions = range.getVersions();
      for (int i = versions.size() - 1; i >= 0; i--) {
        String v = versions.get(i).toString();
        boolean snapshot = v.endsWith("-SNAPSHOT");
        if (kind.equals("latest.integration")
            || (kind.equals("latest.release") && !snapshot)
            || (kind.equals("latest.stable") && !UNSTABLE.matcher(v).matches())) {
          return v;
        }
      }
    } catch (VersionRangeResolutionException e) {
      throw new FatalError("cannot list the versions of " + artifact + ": " + e.getMessage(), e);
    }
    throw new FatalError(
        "no "
            + kind
            + " version of "
            + artifact.getGroupId()
            + ":"
            + artifact.getArtifactId()
            + " found");
  }

  /** The first failure (a 401, a checksum mismatch, an unknown host) the summary hides. */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e || root.getMessage() == null ? "" : " (" + root.getMessage() + ")";
  }
}
