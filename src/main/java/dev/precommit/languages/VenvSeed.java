package dev.precommit.languages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts pip (and setuptools, where the interpreter bundles it) into a new virtual environment made
 * with {@code --without-pip}. {@code ensurepip} takes seconds per environment; instead one venv per
 * base interpreter is made with it, kept in the cache, and its site-packages linked into each new
 * environment, as virtualenv's app-data seeder and uv do. The result is what {@code python -m venv}
 * gives.
 */
final class VenvSeed {
  private static final Path ROOT = Path.of("/");

  private VenvSeed() {}

  static void seed(Path envDir, String python, Host host) throws InterruptedException {
    Map<String, String> cfg = Python.readPyvenvCfg(envDir.resolve("pyvenv.cfg"));
    String id = cfg.get("home") + "\0" + cfg.get("version") + "\0" + cfg.get("executable");
    Path seeds = host.cache().resolve("python-seeds");
    Path seed = seeds.resolve(sha256(id).substring(0, 16));
    try {
      if (!Files.isDirectory(seed)) {
        create(seeds, seed, python, host);
      }
      Path sitePackages = sitePackages(seed);
      copyTree(sitePackages, envDir.resolve(seed.relativize(sitePackages)));
      copyScripts(seed.resolve("bin"), envDir.resolve("bin"));
    } catch (IOException e) {
      throw new UncheckedIOException("seeding " + envDir + " from " + seed, e);
    }
  }

  /** A venv with pip, built beside its final place and moved there whole. */
  private static void create(Path seeds, Path seed, String python, Host host)
      throws IOException, InterruptedException {
    Files.createDirectories(seeds);
    Path build = Files.createTempDirectory(seeds, "build");
    try {
      SetupCommand.run(host, List.of(python, "-m", "venv", build.toString()), ROOT, host.env());
      Files.move(build, seed, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      // made meanwhile by another process
    } finally {
      delete(build);
    }
  }

  /** {@code lib/pythonX.Y/site-packages}. */
  private static Path sitePackages(Path venv) throws IOException {
    try (Stream<Path> libs = Files.list(venv.resolve("lib"))) {
      return libs.map(lib -> lib.resolve("site-packages"))
          .filter(Files::isDirectory)
          .findFirst()
          .orElseThrow(() -> new IOException("no lib/python*/site-packages in " + venv));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else if (Files.isSymbolicLink(source) || !hardLink(source, target)) {
          Files.copy(
              source,
              target,
              StandardCopyOption.COPY_ATTRIBUTES,
              StandardCopyOption.REPLACE_EXISTING,
              LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  /**
   * Hard links, as uv installs packages: instant, and safe because Python and pip replace files
   * (write then rename, or unlink) rather than change them in place.
   */
  private static boolean hardLink(Path source, Path target) {
    try {
      Files.deleteIfExists(target);
      Files.createLink(target, source);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false; // another file system, or links not allowed: copy instead
    }
  }

  /** pip's console scripts, their shebang pointed at this environment's interpreter. */
  private static void copyScripts(Path from, Path to) throws IOException {
    try (Stream<Path> scripts = Files.list(from)) {
      for (Path script :
          scripts.filter(p -> p.getFileName().toString().startsWith("pip")).toList()) {
        String text = Files.readString(script, StandardCharsets.UTF_8);
        String body = text.startsWith("#!") ? text.substring(text.indexOf('\n') + 1) : text;
        Path target = to.resolve(script.getFileName().toString());
        Files.writeString(
            target, "#!" + to.resolve("python") + "\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> children = Files.list(path)) {
        for (Path child : children.toList()) {
          delete(child);
        }
      }
    }
    Files.delete(path);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
