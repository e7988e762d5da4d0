package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code dart}: {@code dart pub get}, then {@code dart compile exe} of each of the pubspec's {@code
 * executables} into {@code <env>/bin}; an additional dependency {@code name[:version]} is fetched
 * with {@code dart pub cache add} and compiled the same way. Each step has its own temporary {@code
 * PUB_CACHE}, as in pre-commit; {@code PUB_HOSTED_URL} selects a mirror.
 */
final class Dart implements Language {
  @Override
  public String name() {
    return "dart";
  }

  @Override
  public String environmentDir() {
    return "dartenv";
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    return binOnPath(prefix, version);
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("dart", version);
    SystemExecutable.require(host.env(), name(), "dart");
    Path bin = environmentPath(prefix, version).resolve("bin");
    try {
      Files.createDirectories(bin);
      Path cache = FileTrees.temporaryDirectory("precommit-pub-cache");
      try {
        installDir(prefix, cache, bin, host);
      } finally {
        FileTrees.deleteQuietly(cache);
      }
      for (String dependency : additionalDependencies) {
        installDependency(prefix, dependency, bin, host);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void installDependency(Path prefix, String dependency, Path bin, Host host)
      throws IOException, InterruptedException {
    int colon = dependency.indexOf(':');
    List<String> add = new ArrayList<>(List.of("dart", "pub", "cache", "add"));
    if (colon < 0) {
      add.add(dependency);
    } else {
      add.addAll(
          List.of(dependency.substring(0, colon), "--version", dependency.substring(colon + 1)));
    }
    Path cache = FileTrees.temporaryDirectory("precommit-pub-cache");
    try {
      SetupCommand.run(host, add, prefix, withPubCache(host, cache));
      Optional<Path> pubspec;
      try (Stream<Path> files = Files.walk(cache)) {
        pubspec = files.filter(p -> p.getFileName().toString().equals("pubspec.yaml")).findFirst();
      }
      if (pubspec.isEmpty()) {
        throw new AssertionError("could not find pubspec.yaml for " + dependency);
      }
      Path copied = FileTrees.temporaryDirectory("precommit-pub-package");
      try {
        Path pkg = copied.resolve("pkg");
        FileTrees.copy(pubspec.get().getParent(), pkg);
        installDir(pkg, cache, bin, host);
      } finally {
        FileTrees.deleteQuietly(copied);
      }
    } finally {
      FileTrees.deleteQuietly(cache);
    }
  }

  /** pre-commit's {@code _install_dir}: pub get, then compile every executable. */
  private static void installDir(Path dir, Path pubCache, Path bin, Host host)
      throws IOException, InterruptedException {
    Map<String, String> env = withPubCache(host, pubCache);
    String pubspec = Files.readString(dir.resolve("pubspec.yaml"), StandardCharsets.UTF_8);
    SetupCommand.run(host, List.of("dart", "pub", "get"), dir, env);
    for (String executable : PubspecExecutables.read(pubspec)) {
      SetupCommand.run(
          host,
          List.of(
              "dart",
              "compile",
              "exe",
              "--output",
              bin.resolve(executable).toString(),
              dir.resolve("bin").resolve(executable + ".dart").toString()),
          dir,
          env);
    }
  }

  private static Map<String, String> withPubCache(Host host, Path cache) {
    Map<String, String> env = new HashMap<>(host.env());
    env.put("PUB_CACHE", cache.toString());
    return env;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
