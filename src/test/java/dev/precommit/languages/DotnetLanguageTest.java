package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotnetLanguageTest {
  @TempDir Path temp;

  private Path nupkg(String nuspec) throws IOException {
    Path file = temp.resolve("tool.1.0.0.nupkg");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("tool.nuspec"));
      zip.write(nuspec.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  @Test
  void theToolIdIsTheNuspecsIdInItsNamespace() throws IOException {
    Path pkg =
        nupkg(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package"
                + " xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n"
                + "  <metadata>\n    <id>dotnet-hello</id>\n    <version>1.0.0</version>\n"
                + "  </metadata>\n</package>\n");
    assertEquals("dotnet-hello", Dotnet.toolId(pkg));
  }

  @Test
  void aNuspecWithoutNamespaceIsPreCommitsAssertion() throws IOException {
    Path pkg = nupkg("<package><metadata><id>x</id></metadata></package>");
    AssertionError e = assertThrows(AssertionError.class, () -> Dotnet.toolId(pkg));
    assertEquals("could not parse namespace from nuspec", e.getMessage());
  }
}
