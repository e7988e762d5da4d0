package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.RepoConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code autoupdate} on real-world configs: every remote repository of a corpus config is replaced
 * by a local bare mirror (through {@code url.<mirror>.insteadOf=<original>} in the isolated global
 * git config) whose newest commit is tagged {@code v2.0.0} (and a moving {@code latest}), an older
 * one {@code v1.0.0}. Afterwards every {@code rev:} must say {@code v2.0.0} and every other byte of
 * the file must be unchanged: comments, quoting, indentation, CRLF.
 */
class AutoupdateGoldenTest {
  static final Path CONFIGS = CorpusConformanceTest.CORPUS.resolve("configs");

  /** Several remote repos each; quoting, comments, frozen revs, local/meta repos, CRLF. */
  static final List<String> GOLDEN =
      List.of(
          "02JanDal__pysungrow.yaml", // CRLF line endings
          "01100100__goatforms.yaml", // double-quoted revs, 14 repos
          "pybind__pybind11.yaml", // quoted revs, comment blocks between repos
          "astral-sh__ruff.yaml", // `# frozen:` comments (dropped when not freezing)
          "commitizen-tools__commitizen.yaml", // a plain trailing comment on a rev line
          "scikit-image__scikit-image.yaml", // a sha rev with a `# v1.3.0` comment
          "tox-dev__tox.yaml", // local and meta repos in between
          "pylint-dev__pylint.yaml",
          "pydata__xarray.yaml",
          "abravalheri__validate-pyproject.yaml", // 2-space indent, `repo: local  # comment`
          "python__typeshed.yaml",
          "antonbabenko__pre-commit-terraform.yaml",
          "nbQA-dev__nbQA.yaml", // 16 repos
          "Textualize__textual.yaml");

  /** Uses legacy stage names: autoupdate migrates it first. */
  static final String MIGRATED = "pandas-dev__pandas.yaml";

  /** pre-commit's rev-line pattern (spec §10.2), written independently of RevLines. */
  private static final Pattern REV_LINE =
      Pattern.compile("^(\\s+)rev:(\\s*)(['\"]?)([^\\s#]+)(.*?)(\\r?\\n)$", Pattern.DOTALL);

  @TempDir static Path shared;

  private static TestRepo fixtures;

  /** The insteadOf rules for every mirror, as git config text. */
  private static final StringBuilder RULES = new StringBuilder();

  private static final Map<String, Path> MIRRORS = new LinkedHashMap<>();

  @TempDir Path temp;

  @BeforeAll
  static void mirrorEveryRepository() {
    fixtures = TestRepo.plainDirectory(shared.resolve("fixtures"));
    Map<String, Set<String>> hookIds = new LinkedHashMap<>();
    List<String> mirrored = new ArrayList<>(GOLDEN);
    mirrored.add(MIGRATED);
    for (String name : mirrored) {
      for (RepoConfig repo : remotes(CONFIGS.resolve(name))) {
        Set<String> ids = hookIds.computeIfAbsent(repo.repo(), k -> new TreeSet<>());
        repo.hooks().forEach(h -> ids.add((String) h.get("id")));
      }
    }
    int i = 0;
    for (Map.Entry<String, Set<String>> repo : hookIds.entrySet()) {
      String manifest = BareMirror.manifest(repo.getValue());
      mirror(
          repo.getKey(),
          new BareMirror()
              .commit(manifest)
              .tag("v1.0.0")
              .commit(manifest)
              .tag("latest")
              .commit(manifest)
              .tag("v2.0.0", "latest"),
          "golden" + i++);
    }
    Instant now = Instant.now();
    mirror("https://github.com/acme/alpha", twoVersions("a1", "a2"), "alpha");
    mirror("https://github.com/acme/beta", twoVersions("b1"), "beta");
    mirror(
        "https://github.com/acme/gamma",
        twoVersions("g1").commit(BareMirror.manifest(List.of("g1"))),
        "gamma");
    mirror(
        "https://github.com/acme/delta",
        new BareMirror()
            .commit(BareMirror.manifest(List.of("d1", "gone")))
            .tag("v1.0.0")
            .commit(BareMirror.manifest(List.of("d1")))
            .tag("v2.0.0"),
        "delta");
    String cool = BareMirror.manifest(List.of("c1"));
    mirror(
        "https://github.com/acme/cool",
        new BareMirror()
            .commit(cool)
            .annotatedTag("v0.1.0", now.minus(Duration.ofDays(90)))
            .commit(cool)
            .annotatedTag("v1.0.0", now.minus(Duration.ofDays(60)))
            .commit(cool)
            .annotatedTag("v2.0.0", now),
        "cool");
    mirror("http://user:secret@git.example.com/acme/private", twoVersions("p1"), "private");
  }

  private static BareMirror twoVersions(String... ids) {
    String manifest = BareMirror.manifest(List.of(ids));
    return new BareMirror().commit(manifest).tag("v1.0.0").commit(manifest).tag("v2.0.0", "latest");
  }

  private static void mirror(String url, BareMirror history, String name) {
    Path bare = history.create(fixtures, shared.resolve("mirrors").resolve(name + ".git"));
    MIRRORS.put(url, bare);
    RULES.append("[url \"").append(bare).append("\"]\n\tinsteadOf = ").append(url).append('\n');
  }

  private static List<RepoConfig> remotes(Path config) {
    Config loaded = ConfigLoader.loadConfig(config, config.getFileName().toString(), w -> {});
    return loaded.repos().stream().filter(r -> !r.isLocal() && !r.isMeta()).toList();
  }

  /** A repository whose global git config sends every mirrored URL to its mirror. */
  private TestRepo repoWith(byte[] config) {
    TestRepo repo = TestRepo.init(temp);
    try {
      Files.writeString(
          repo.home().resolve(".gitconfig"),
          RULES,
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      Files.write(repo.root().resolve(".pre-commit-config.yaml"), config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return repo;
  }

  private TestRepo repoWith(String config) {
    return repoWith(config.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] configBytes(TestRepo repo) {
    try {
      return Files.readAllBytes(repo.root().resolve(".pre-commit-config.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> golden() {
    return GOLDEN.stream();
  }

  @Test
  void theGoldenSetCoversAtLeastTenConfigsAndCrlf() throws IOException {
    assertTrue(GOLDEN.size() >= 10);
    assertTrue(
        new String(
                Files.readAllBytes(CONFIGS.resolve("02JanDal__pysungrow.yaml")),
                StandardCharsets.UTF_8)
            .contains("\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void onlyTheRevValuesChange(String name) throws IOException {
    byte[] original = Files.readAllBytes(CONFIGS.resolve(name));
    List<RepoConfig> remotes = remotes(CONFIGS.resolve(name));
    TestRepo repo = repoWith(original);

    CliResult r = repo.run("autoupdate");
    assertEquals(0, r.exitCode(), r::toString);
    StringBuilder expected = new StringBuilder();
    for (RepoConfig remote : remotes) {
      expected
          .append('[')
          .append(remote.repo())
          .append("] updating ")
          .append(remote.rev())
          .append(" -> v2.0.0\n");
    }
    assertEquals(expected.toString(), r.stdout());
    assertEquals("", r.stderr());

    List<String> before = lines(new String(original, StandardCharsets.UTF_8));
    List<String> after = lines(new String(configBytes(repo), StandardCharsets.UTF_8));
    assertEquals(before.size(), after.size(), "line count");
    int revLines = 0;
    for (int i = 0; i < before.size(); i++) {
      Matcher old = REV_LINE.matcher(before.get(i));
      if (!old.matches()) {
        assertEquals(before.get(i), after.get(i), "line " + (i + 1) + " must not change");
        continue;
      }
      revLines++;
      String quote = old.group(3);
      String comment = old.group(5).strip().startsWith("# frozen:") ? "" : old.group(5);
      assertEquals(
          old.group(1) + "rev:" + old.group(2) + quote + "v2.0.0" + quote + comment + old.group(6),
          after.get(i),
          "rev line " + (i + 1));
    }
    assertEquals(remotes.size(), revLines, "one rev line per remote repository");

    byte[] updated = configBytes(repo);
    CliResult again = repo.run("autoupdate", "-j", "4");
    assertEquals(0, again.exitCode(), again::toString);
    Set<String> upToDate = new TreeSet<>();
    for (RepoConfig remote : remotes) {
      upToDate.add("[" + remote.repo() + "] already up to date!");
    }
    assertEquals(upToDate, new TreeSet<>(again.stdout().lines().toList()));
    assertArrayEquals(updated, configBytes(repo), "an up-to-date config is left byte-identical");
  }

  @Test
  void legacyStageNamesAreMigratedFirstThenOnlyTheRevsChange() throws IOException {
    String name = MIGRATED;
    String original = Files.readString(CONFIGS.resolve(name), StandardCharsets.UTF_8);
    assertTrue(original.contains("default_stages: [\n    commit,\n    merge-commit,\n    push,\n"));
    List<RepoConfig> remotes = remotes(CONFIGS.resolve(name));
    TestRepo repo = repoWith(original);
    CliResult r = repo.run("autoupdate");
    assertEquals(0, r.exitCode(), r::toString);
    StringBuilder expected = new StringBuilder("Configuration has been migrated.\n");
    String migrated =
        original.replace(
            "default_stages: [\n    commit,\n    merge-commit,\n    push,\n",
            "default_stages: [\n    pre-commit,\n    pre-merge-commit,\n    pre-push,\n");
    for (RepoConfig remote : remotes) {
      expected.append('[').append(remote.repo()).append("] updating ").append(remote.rev());
      expected.append(" -> v2.0.0\n");
      migrated =
          migrated.replaceFirst(
              "(?m)^(\\s+rev:\\s*['\"]?)" + Pattern.quote(remote.rev()), "$1v2.0.0");
    }
    assertEquals(expected.toString(), r.stdout());
    assertEquals(migrated, repo.read(".pre-commit-config.yaml"));
  }

  /** Lines with their endings (\n or \r\n) kept. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static String sha(String url, String rev) {
    return fixtures
        .exec(MIRRORS.get(url), List.of("git", "rev-parse", rev + "^{commit}"))
        .stdout()
        .strip();
  }

  private static final String ALPHA = "https://github.com/acme/alpha";
  private static final String BETA = "https://github.com/acme/beta";
  private static final String GAMMA = "https://github.com/acme/gamma";
  private static final String DELTA = "https://github.com/acme/delta";
  private static final String COOL = "https://github.com/acme/cool";

  private static String twoRepos() {
    return "repos:\n"
        + "-   repo: "
        + ALPHA
        + "\n"
        + "    rev: v1.0.0\n"
        + "    hooks:\n"
        + "    -   id: a1\n"
        + "-   repo: "
        + BETA
        + "\n"
        + "    rev: 'v1.0.0'  # keep me\n"
        + "    hooks:\n"
        + "    -   id: b1\n";
  }

  @Test
  void freezeWritesTheShaWithAFrozenCommentAndUnfreezingDropsIt() {
    TestRepo repo = repoWith(twoRepos());
    CliResult frozen = repo.run("autoupdate", "--freeze");
    assertEquals(0, frozen.exitCode(), frozen::toString);
    assertEquals(
        "["
            + ALPHA
            + "] updating v1.0.0 -> v2.0.0 (frozen)\n"
            + "["
            + BETA
            + "] updating v1.0.0 -> v2.0.0 (frozen)\n",
        frozen.stdout());
    String alpha = sha(ALPHA, "v2.0.0");
    String beta = sha(BETA, "v2.0.0");
    assertEquals(
        twoRepos()
            .replace("    rev: v1.0.0\n", "    rev: " + alpha + "  # frozen: v2.0.0\n")
            .replace(
                "    rev: 'v1.0.0'  # keep me\n", "    rev: '" + beta + "'  # frozen: v2.0.0\n"),
        repo.read(".pre-commit-config.yaml"));

    CliResult unfrozen = repo.run("autoupdate");
    assertEquals(0, unfrozen.exitCode(), unfrozen::toString);
    assertEquals(
        "["
            + ALPHA
            + "] updating "
            + alpha
            + " -> v2.0.0\n"
            + "["
            + BETA
            + "] updating "
            + beta
            + " -> v2.0.0\n",
        unfrozen.stdout());
    assertEquals(
        twoRepos()
            .replace("    rev: v1.0.0\n", "    rev: v2.0.0\n")
            .replace("    rev: 'v1.0.0'  # keep me\n", "    rev: 'v2.0.0'\n"),
        repo.read(".pre-commit-config.yaml"));
  }

  @Test
  void bleedingEdgeTakesTheExactTagOfHeadOrElseItsSha() {
    String config =
        "repos:\n-   repo: "
            + ALPHA
            + "\n    rev: v1.0.0\n    hooks:\n    -   id: a1\n"
            + "-   repo: "
            + GAMMA
            + "\n    rev: v1.0.0\n    hooks:\n    -   id: g1\n";
    TestRepo repo = repoWith(config);
    CliResult r = repo.run("autoupdate", "--bleeding-edge");
    assertEquals(0, r.exitCode(), r::toString);
    String head = sha(GAMMA, "main");
    // like pre-commit, no preference for version-like tags here: git describe names `latest`
    assertEquals(
        "["
            + ALPHA
            + "] updating v1.0.0 -> latest\n["
            + GAMMA
            + "] updating v1.0.0 -> "
            + head
            + "\n",
        r.stdout());
    assertEquals(
        config
            .replaceFirst("rev: v1.0.0", "rev: latest")
            .replaceFirst("rev: v1.0.0", "rev: " + head),
        repo.read(".pre-commit-config.yaml"));
  }

  @Test
  void repoOptionUpdatesOnlyTheNamedRepositories() {
    TestRepo repo = repoWith(twoRepos());
    CliResult r = repo.run("autoupdate", "--repo", BETA);
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("[" + BETA + "] updating v1.0.0 -> v2.0.0\n", r.stdout());
    assertEquals(
        twoRepos().replace("'v1.0.0'  # keep me", "'v2.0.0'  # keep me"),
        repo.read(".pre-commit-config.yaml"));
  }

  @Test
  void unknownRepoOptionsAreNamedAndNothingChanges() {
    TestRepo repo = repoWith(twoRepos());
    CliResult r = repo.run("autoupdate", "--repo", "foo", "--repo", ALPHA, "--repo", "dne");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("repos (dne, foo) were not found in .pre-commit-config.yaml\n", r.stdout());
    assertEquals(twoRepos(), repo.read(".pre-commit-config.yaml"));
  }

  @Test
  void aHookMissingAtTheNewRevBlocksTheUpdate() {
    String config =
        "repos:\n-   repo: "
            + DELTA
            + "\n    rev: v1.0.0\n    hooks:\n    -   id: d1\n    -   id: gone\n";
    TestRepo repo = repoWith(config);
    CliResult r = repo.run("autoupdate");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        "[" + DELTA + "] Cannot update because the update target is missing these hooks: gone\n",
        r.stdout());
    assertEquals(config, repo.read(".pre-commit-config.yaml"));
  }

  @Test
  void fourJobsUpdateFourRepositories() {
    StringBuilder config = new StringBuilder("repos:\n");
    Map<String, String> hooks = Map.of(ALPHA, "a1", BETA, "b1", GAMMA, "g1", COOL, "c1");
    for (String url : List.of(ALPHA, BETA, GAMMA, COOL)) {
      config
          .append("-   repo: ")
          .append(url)
          .append("\n    rev: v0.0.1\n    hooks:\n    -   id: ")
          .append(hooks.get(url))
          .append('\n');
    }
    TestRepo repo = repoWith(config.toString());
    CliResult r = repo.run("autoupdate", "-j", "4");
    assertEquals(0, r.exitCode(), r::toString);
    Set<String> lines = new TreeSet<>(r.stdout().lines().toList());
    Set<String> expected = new TreeSet<>();
    for (String url : List.of(ALPHA, BETA, GAMMA, COOL)) {
      expected.add("[" + url + "] updating v0.0.1 -> v2.0.0");
    }
    assertEquals(expected, lines);
    assertEquals(
        config.toString().replace("rev: v0.0.1", "rev: v2.0.0"),
        repo.read(".pre-commit-config.yaml"));
  }

  @Test
  void cooldownDaysSkipsTagsCreatedTooRecently() {
    String config = "repos:\n-   repo: " + COOL + "\n    rev: v0.1.0\n    hooks:\n    -   id: c1\n";
    TestRepo repo = repoWith(config);
    CliResult cooled = repo.run("autoupdate", "--cooldown-days", "30");
    assertEquals(0, cooled.exitCode(), cooled::toString);
    assertEquals("[" + COOL + "] updating v0.1.0 -> v1.0.0\n", cooled.stdout());
    assertEquals(config.replace("v0.1.0", "v1.0.0"), repo.read(".pre-commit-config.yaml"));

    CliResult tooYoung = repo.run("autoupdate", "--cooldown-days", "100");
    assertEquals(0, tooYoung.exitCode(), tooYoung::toString);
    assertEquals("[" + COOL + "] already up to date!\n", tooYoung.stdout());
    assertEquals(config.replace("v0.1.0", "v1.0.0"), repo.read(".pre-commit-config.yaml"));

    CliResult latest = repo.run("autoupdate");
    assertEquals("[" + COOL + "] updating v1.0.0 -> v2.0.0\n", latest.stdout());
  }

  @Test
  void anUnreachableRepositoryIsReportedAndTheOthersAreStillUpdated() {
    String gone = "file://" + shared.resolve("mirrors/gone.git");
    String config = twoRepos().replace(BETA, gone);
    TestRepo repo = repoWith(config);
    CliResult r = repo.run("autoupdate");
    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.stdout().lines().toList();
    assertEquals(2, lines.size(), r::toString);
    assertEquals("[" + ALPHA + "] updating v1.0.0 -> v2.0.0", lines.get(0));
    assertTrue(lines.get(1).startsWith("[" + gone + "] "), r::toString);
    assertTrue(lines.get(1).contains("gone.git"), r::toString);
    RemoteAssertions.assertNoStackTrace(r);
    assertEquals(
        config.replaceFirst("rev: v1.0.0", "rev: v2.0.0"), repo.read(".pre-commit-config.yaml"));
  }

  @Test
  void credentialsInARepositoryUrlAreNeverPrinted() {
    String url = "http://user:secret@git.example.com/acme/private";
    String config = "repos:\n-   repo: " + url + "\n    rev: v1.0.0\n    hooks:\n    -   id: p1\n";
    TestRepo repo = repoWith(config);
    CliResult r = repo.run("autoupdate");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        "[http://user:***@git.example.com/acme/private] updating v1.0.0 -> v2.0.0\n", r.stdout());
    assertEquals(config.replace("v1.0.0", "v2.0.0"), repo.read(".pre-commit-config.yaml"));
  }
}
