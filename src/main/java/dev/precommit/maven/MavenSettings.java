package dev.precommit.maven;

import dev.precommit.errors.FatalError;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.eclipse.aether.RepositorySystemSession.SessionBuilder;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * The user's Maven settings, read as Maven reads them (global then user file, {@code ${env.X}}
 * interpolated), so a machine that builds with Maven resolves hook tools the same way: mirrors,
 * proxies, server credentials, {@code offline}, and the repositories of active profiles.
 *
 * <p>The user file is {@code $PRECOMMIT_MAVEN_SETTINGS} (like {@code mvn -s}), else {@code
 * ~/.m2/settings.xml}; the global one is {@code $MAVEN_HOME/conf/settings.xml} (or {@code
 * M2_HOME}). Encrypted passwords ({@code {...}}) are not decrypted. Without proxies in the
 * settings, {@code https_proxy}/{@code http_proxy}/{@code no_proxy} apply.
 */
final class MavenSettings {
  /** The variable that points at another user settings file. */
  static final String SETTINGS_VARIABLE = "PRECOMMIT_MAVEN_SETTINGS";

  private final Settings settings;
  private final Map<String, String> env;

  private MavenSettings(Settings settings, Map<String, String> env) {
    this.settings = settings;
    this.env = env;
  }

  static MavenSettings load(Map<String, String> env) {
    DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
    Path user = userSettings(env);
    if (user != null) {
      request.setUserSettingsFile(user.toFile());
    }
    for (String home : List.of("MAVEN_HOME", "M2_HOME")) {
      String dir = env.get(home);
      if (dir != null && !dir.isEmpty()) {
        request.setGlobalSettingsFile(new File(dir, "conf/settings.xml"));
        break;
      }
    }
    Properties properties = new Properties();
    env.forEach((key, value) -> properties.setProperty("env." + key, value));
    properties.setProperty("user.home", home(env).toString());
    request.setSystemProperties(properties);
    try {
      return new MavenSettings(
          new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings(),
          env);
    } catch (SettingsBuildingException e) {
      throw new FatalError("cannot read the Maven settings: " + e.getMessage(), e);
    }
  }

  private static Path userSettings(Map<String, String> env) {
    String override = env.get(SETTINGS_VARIABLE);
    if (override != null && !override.isEmpty()) {
      Path path = Path.of(override);
      if (!Files.isRegularFile(path)) {
        throw new FatalError(SETTINGS_VARIABLE + " names a missing file: " + override);
      }
      return path;
    }
    Path path = home(env).resolve(".m2").resolve("settings.xml");
    return Files.isRegularFile(path) ? path : null;
  }

  private static Path home(Map<String, String> env) {
    return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
  }

  boolean offline() {
    return settings.isOffline();
  }

  /** Mirrors, proxies and credentials, as Maven applies them to every remote repository. */
  void configure(SessionBuilder session) {
    DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
    for (Mirror mirror : settings.getMirrors()) {
      mirrors.add(
          mirror.getId(),
          mirror.getUrl(),
          mirror.getLayout(),
          false,
          mirror.isBlocked(),
          mirror.getMirrorOf(),
          mirror.getMirrorOfLayouts());
    }
    session.setMirrorSelector(mirrors);

    DefaultProxySelector proxies = new DefaultProxySelector();
    for (org.apache.maven.settings.Proxy proxy : settings.getProxies()) {
      if (proxy.isActive()) {
        Authentication auth = credentials(proxy.getUsername(), proxy.getPassword());
        proxies.add(
            new Proxy(proxy.getProtocol(), proxy.getHost(), proxy.getPort(), auth),
            proxy.getNonProxyHosts());
      }
    }
    if (settings.getProxies().stream().noneMatch(org.apache.maven.settings.Proxy::isActive)) {
      environmentProxies(proxies);
    }
    session.setProxySelector(proxies);

    DefaultAuthenticationSelector auths = new DefaultAuthenticationSelector();
    for (Server server : settings.getServers()) {
      auths.add(server.getId(), credentials(server.getUsername(), server.getPassword()));
    }
    session.setAuthenticationSelector(auths);
  }

  /**
   * Without proxies in the settings, the conventional {@code https_proxy}/{@code http_proxy} (and
   * {@code no_proxy}) variables, which npm and pip honour too, so one machine set-up serves all.
   */
  private void environmentProxies(DefaultProxySelector proxies) {
    String noProxy = firstSet("no_proxy", "NO_PROXY");
    // curl's ".example.com" is Maven's "*.example.com"
    String nonProxyHosts =
        noProxy == null
            ? null
            : Arrays.stream(noProxy.split(","))
                .map(String::trim)
                .filter(h -> !h.isEmpty())
                .map(h -> h.startsWith(".") ? "*" + h : h)
                .collect(Collectors.joining("|"));
    for (String type : List.of(Proxy.TYPE_HTTPS, Proxy.TYPE_HTTP)) {
      String value = firstSet(type + "_proxy", type.toUpperCase(java.util.Locale.ROOT) + "_PROXY");
      if (value == null) {
        continue;
      }
      try {
        URI uri = URI.create(value.contains("://") ? value : "http://" + value);
        if (uri.getHost() == null) {
          continue;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        Authentication auth = null;
        if (uri.getUserInfo() != null) {
          String[] userPassword = uri.getUserInfo().split(":", 2);
          auth = credentials(userPassword[0], userPassword.length > 1 ? userPassword[1] : null);
        }
        proxies.add(new Proxy(type, uri.getHost(), port, auth), nonProxyHosts);
      } catch (IllegalArgumentException e) {
        // not a URL: ignored, as curl would reject it too
      }
    }
  }

  private String firstSet(String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  /** Maven Central, then the repositories of the active profiles. */
  List<RemoteRepository> repositories() {
    List<RemoteRepository> repositories = new ArrayList<>();
    repositories.add(
        new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/")
            .build());
    List<String> active = settings.getActiveProfiles();
    for (Profile profile : settings.getProfiles()) {
      boolean byDefault =
          profile.getActivation() != null && profile.getActivation().isActiveByDefault();
      if (active.contains(profile.getId()) || byDefault) {
        for (Repository repository : profile.getRepositories()) {
          repositories.add(
              new RemoteRepository.Builder(
                      repository.getId(), repository.getLayout(), repository.getUrl())
                  .build());
        }
      }
    }
    return repositories;
  }

  private static Authentication credentials(String user, String password) {
    if (user == null && password == null) {
      return null;
    }
    return new AuthenticationBuilder().addUsername(user).addPassword(password).build();
  }
}
