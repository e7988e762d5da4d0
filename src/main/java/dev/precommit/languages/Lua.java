package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code lua}: {@code luarocks --tree <env> make} of each rockspec of the hook repository, then
 * {@code luarocks --tree <env> install} of each additional dependency. luarocks reads its own
 * configuration ({@code rocks_servers} in its config file, {@code --server}/{@code
 * LUAROCKS_CONFIG}), so mirrors work unchanged; a rockspec without dependencies installs offline.
 */
final class Lua implements Language {
  private static final String ROCKS_PREFIX = "rocks-";

  @Override
  public String name() {
    return "lua";
  }

  @Override
  public String environmentDir() {
    return "lua_env";
  }

  /**
   * pre-commit asks {@code luarocks config --lua-ver} each time; an installed tree records it as
   * the name of its {@code lib/luarocks/rocks-<version>} directory, which is read instead so that
   * running a hook starts no extra process.
   */
  @Override
  public EnvPatch environment(Path prefix, String version) {
    Path envDir = environmentPath(prefix, version);
    return patch(envDir, installedLuaVersion(envDir));
  }

  private static EnvPatch patch(Path envDir, String luaVersion) {
    Path share = envDir.resolve("share").resolve("lua").resolve(luaVersion);
    Path lib = envDir.resolve("lib").resolve("lua").resolve(luaVersion);
    return EnvPatch.empty()
        .prependPath(envDir.resolve("bin").toString())
        .set("LUA_PATH", share.resolve("?.lua") + ";" + share.resolve("?").resolve("init.lua;;"))
        .set("LUA_CPATH", lib.resolve("?.so;;").toString());
  }

  private static String installedLuaVersion(Path envDir) {
    try (Stream<Path> dirs = Files.list(envDir.resolve("lib").resolve("luarocks"))) {
      return dirs.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(ROCKS_PREFIX))
          .map(name -> name.substring(ROCKS_PREFIX.length()))
          .sorted()
          .findFirst()
          .orElse("");
    } catch (IOException e) {
      return ""; // not installed (yet): no module directories to point at
    }
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("lua", version);
    SystemExecutable.require(host.env(), name(), "luarocks");
    Path envDir = environmentPath(prefix, version);
    String luaVersion =
        lastLine(
            SetupCommand.run(host, List.of("luarocks", "config", "--lua-ver"), prefix, host.env()));
    Map<String, String> env = patch(envDir, luaVersion).applyTo(host.env());
    try {
      // luarocks does not create its tree
      Files.createDirectories(envDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String tree = envDir.toString();
    for (String rockspec : PrefixFiles.star(prefix, ".rockspec")) {
      SetupCommand.run(host, List.of("luarocks", "--tree", tree, "make", rockspec), prefix, env);
    }
    // luarocks installs one package at a time
    for (String dependency : additionalDependencies) {
      SetupCommand.run(
          host, List.of("luarocks", "--tree", tree, "install", dependency), prefix, env);
    }
  }

  /** The answer, after any warnings luarocks printed first. */
  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
