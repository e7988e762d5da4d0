package dev.precommit.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifyFilenameTagsTest {
  private final Identify identify = Identify.load();

  private static Set<String> set(String commaSeparated) {
    return commaSeparated == null
        ? Set.of()
        : new TreeSet<>(Arrays.asList(commaSeparated.split(",")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "test.py            | python,text",
        "mod/test.py        | python,text",
        "Makefile           | makefile,text",
        "Dockerfile         | dockerfile,text",
        "mod/Dockerfile     | dockerfile,text",
        // a dot-separated part of the name may match the names table
        "Dockerfile.xenial  | dockerfile,text",
        "xenial.Dockerfile  | dockerfile,text",
        // names are case-sensitive, extensions are not
        "dockerfile.py      | python,text",
        "x.JSON             | json,text",
        "f.JPG              | binary,image,jpeg",
        // name and extension tags are united, not one chosen
        "setup.cfg          | ini,text",
        "test.cfg           | text",
        "README.md          | markdown,plain-text,text",
        "Pipfile.lock       | json,text",
        "pom.xml            | pom,text,xml",
        // the whole name is tried before its parts
        ".isort.cfg         | ini,isort,text",
        ".bashrc            | bash,shell,text",
        // leading dots do not start an extension (os.path.splitext)
        ".yaml              | -",
        "..json             | -",
        ".a.json            | json,text",
        // EXTENSIONS_NEED_BINARY_CHECK: no text/binary from the name
        "f.plist            | plist",
        "pic.PPM            | image,ppm",
        "trailing.          | -",
        "test               | -",
        "test.weird-unknown | -",
        "a.b.c.sh           | shell,text",
      })
  void filenameTags(String filename, String expected) {
    assertEquals(set(expected), identify.tagsFromFilename(filename));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "python                     | python",
        "python3                    | python,python3",
        "python3.11                 | python,python3",
        "python3.5.2                | python,python3",
        "/usr/bin/python3.5.2       | python,python3",
        "/usr/local/bin/node        | javascript",
        "bash                       | bash,shell",
        "/usr/bin/something-random  | -",
        "''                         | -",
      })
  void interpreterTags(String interpreter, String expected) {
    assertEquals(set(expected), identify.tagsFromInterpreter(interpreter));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "a.py | py",
        "a.b.PY | PY",
        ".bashrc | -",
        "...x | -",
        "..x.y | y",
        "x. | ''",
        "noext | -",
      })
  void extensionFollowsSplitext(String base, String expected) {
    if (expected == null) {
      assertNull(Identify.extension(base));
    } else {
      assertEquals(expected, Identify.extension(base));
    }
  }
}
