package dev.precommit.catalog;

import java.util.regex.Pattern;

/** name-tests-test: test files under tests/ follow the chosen naming pattern. */
final class NameTestsTest implements BuiltinHook {
  private static final String PYTEST = ".*_test\\.py";

  @Override
  public ArgParser parser() {
    return new ArgParser(
            "name-tests-test",
            """
            usage: name-tests-test [-h] [--pytest | --pytest-test-first | --django]
                                   [filenames ...]""",
            ArgParser.Positionals.ANY)
        .exclusiveConst(
            1, "pattern", PYTEST, PYTEST, "(the default) ensure tests match " + PYTEST, "--pytest")
        .exclusiveConst(
            1,
            "pattern",
            "test_.*\\.py",
            null,
            "ensure tests match test_.*\\.py",
            "--pytest-test-first")
        .exclusiveConst(
            1,
            "pattern",
            "test.*\\.py",
            null,
            "ensure tests match test.*\\.py",
            "--django",
            "--unittest");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) {
    String pattern = args.string("pattern");
    Pattern regex = Pattern.compile(pattern, Pattern.UNIX_LINES);
    int result = 0;
    for (String filename : args.filenames()) {
      String base = filename.substring(filename.lastIndexOf('/') + 1);
      if (!regex.matcher(base).matches()
          && !base.equals("__init__.py")
          && !base.equals("conftest.py")) {
        context.print(filename + " does not match pattern \"" + pattern + "\"");
        result = 1;
      }
    }
    return result;
  }
}
