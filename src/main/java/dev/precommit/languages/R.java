package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import dev.precommit.process.PythonRepr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code r}: an renv project per environment, restored from the hook repository's renv.lock (and
 * the repository installed if it is a package), additional dependencies added with {@code
 * renv::install}. The entry must be {@code Rscript -e EXPR} or {@code Rscript path}. Package
 * repositories come from the lockfile and R's own options ({@code repos}, {@code
 * RENV_CONFIG_REPOS_OVERRIDE}).
 */
final class R implements Language {
  private static final List<String> RENV_ACTIVATED_OPTS =
      List.of("--no-save", "--no-restore", "--no-site-file", "--no-environ");
  private static final String INLINE_SETUP =
      "options(\n    install.packages.compile.from.source = \"never\",\n    pkgType = \"binary\"\n)\n";

  @Override
  public String name() {
    return "r";
  }

  @Override
  public String environmentDir() {
    return "renv";
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    return EnvPatch.empty()
        .set("R_PROFILE_USER", environmentPath(prefix, version).resolve("activate.R").toString())
        .unset("RENV_PROJECT");
  }

  /** The R version the environment was restored with must still be the one on PATH. */
  @Override
  public String healthCheck(Path prefix, String version, Host host) throws InterruptedException {
    Path envDir = environmentPath(prefix, version);
    String installed =
        execute(
            "cat(renv::settings$r.version())",
            prefix,
            version,
            List.of(),
            envDir,
            RENV_ACTIVATED_OPTS,
            host);
    String current =
        execute(
            "cat(as.character(getRversion()))",
            prefix,
            version,
            List.of(),
            envDir,
            RENV_ACTIVATED_OPTS,
            host);
    if (installed.equals("NULL") || installed.isEmpty()) {
      return "Hooks were installed with an unknown R version. R version for hook repo now set to "
          + current;
    }
    if (!installed.equals(current)) {
      return "Hooks were installed for R version "
          + installed
          + ", but current R executable has version "
          + current;
    }
    return null;
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("r", version);
    SystemExecutable.require(host.env(), name(), rscript(host.env()));
    Path envDir = environmentPath(prefix, version);
    try {
      Files.createDirectories(envDir);
      Files.copy(
          prefix.resolve("renv.lock"),
          envDir.resolve("renv.lock"),
          StandardCopyOption.REPLACE_EXISTING);
      // A hook repository may ship renv's own bootstrap; without one, the renv package installed
      // with R is used (precommit downloads no toolchain, R packages included).
      if (Files.isDirectory(prefix.resolve("renv"))) {
        FileTrees.copy(prefix.resolve("renv"), envDir.resolve("renv"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String install =
        "hook_repo <- "
            + PythonRepr.string(prefix.toString())
            + "\n"
            + """
            options(renv.consent = TRUE)
            env_dir <- getwd()
            bootstrap <- file.path("renv", "activate.R")
            if (file.exists(bootstrap)) {
              source(bootstrap)
            } else if (!requireNamespace("renv", quietly = TRUE)) {
              stop("the R package renv is not installed", call. = FALSE)
            }
            renv::restore(project = env_dir, prompt = FALSE)
            # R_PROFILE_USER points here: every later Rscript runs inside the project.
            profile <- sprintf("suppressWarnings({%srenv::load(%s)})",
              if (file.exists(bootstrap))
                sprintf("local({old <- setwd(%s); source(%s); setwd(old)}); ",
                  deparse(env_dir), deparse(bootstrap))
              else "",
              deparse(env_dir))
            writeLines(profile, "activate.R")
            description <- file.path(hook_repo, "DESCRIPTION")
            fields <- if (file.exists(description)) colnames(read.dcf(description)) else character()
            if ("Package" %in% fields) renv::install(hook_repo)
            """;
    execute(install, prefix, version, List.of(), envDir, List.of("--vanilla"), host);
    execute(
        "renv::settings$r.version(as.character(getRversion()))",
        prefix,
        version,
        List.of(),
        envDir,
        RENV_ACTIVATED_OPTS,
        host);
    if (!additionalDependencies.isEmpty()) {
      execute(
          "renv::install(commandArgs(trailingOnly = TRUE))",
          prefix,
          version,
          additionalDependencies,
          envDir,
          RENV_ACTIVATED_OPTS,
          host);
    }
  }

  /**
   * pre-commit's {@code _execute_r}: the code goes through a temporary file (no quoting issues),
   * after the options that keep R from compiling packages; returns the output without its final
   * newlines.
   */
  private String execute(
      String code,
      Path prefix,
      String version,
      List<String> args,
      Path cwd,
      List<String> options,
      Host host)
      throws InterruptedException {
    Path dir = FileTrees.temporaryDirectory("precommit-r");
    try {
      Path script = dir.resolve("script.R");
      Files.writeString(script, INLINE_SETUP + "\n" + code, StandardCharsets.UTF_8);
      Map<String, String> env = environment(prefix, version).applyTo(host.env());
      List<String> cmd = new ArrayList<>();
      cmd.add(rscript(host.env()));
      cmd.addAll(options);
      cmd.add(script.toString());
      cmd.addAll(args);
      return SetupCommand.run(host, cmd, cwd, env).replaceAll("\n+$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      FileTrees.deleteQuietly(dir);
    }
  }

  /** {@code $R_HOME/bin/Rscript}, or Rscript on PATH. */
  private static String rscript(Map<String, String> env) {
    String home = env.get("R_HOME");
    return home == null ? "Rscript" : Path.of(home, "bin", "Rscript").toString();
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    List<String> entry = splitEntry(call);
    validate(entry);
    List<String> cmd = new ArrayList<>(List.of(entry.get(0)));
    cmd.addAll(RENV_ACTIVATED_OPTS);
    if (entry.get(1).equals("-e") || "local".equals(call.hook().src())) {
      cmd.addAll(entry.subList(1, entry.size()));
    } else {
      cmd.add(call.hook().prefix().resolve(entry.get(1)).toString());
    }
    cmd.addAll(call.hook().args());
    return BasicRun.run(cmd, call);
  }

  private static List<String> splitEntry(HookCall call) {
    List<String> all = BasicRun.command(call.hook());
    return all.subList(0, all.size() - call.hook().args().size());
  }

  /** pre-commit's {@code _entry_validate}. */
  private static void validate(List<String> entry) {
    if (entry.isEmpty() || !entry.get(0).equals("Rscript")) {
      throw new ValueError("entry must start with `Rscript`.");
    }
    if (entry.size() < 2) {
      throw new ValueError("list index out of range");
    }
    if (entry.get(1).equals("-e")) {
      if (entry.size() > 3) {
        throw new ValueError("You can supply at most one expression.");
      }
    } else if (entry.size() > 2) {
      throw new ValueError(
          "The only valid syntax is `Rscript -e {expr}`or `Rscript path/to/hook/script`");
    }
  }
}
