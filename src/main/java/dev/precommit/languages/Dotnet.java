package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * {@code dotnet}: {@code dotnet pack} of the hook repository into {@code pre-commit-build}, then
 * {@code dotnet tool install --tool-path <env>/bin} of each package built, with a NuGet
 * configuration that has no other source. The pack step restores with the user's NuGet
 * configuration ({@code nuget.config} package sources), so feeds and mirrors work unchanged.
 */
final class Dotnet implements Language {
  private static final String NUGET_CONFIG_NO_SOURCES =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration>  <packageSources>    <clear />"
          + "  </packageSources></configuration>";

  @Override
  public String name() {
    return "dotnet";
  }

  @Override
  public String environmentDir() {
    return "dotnetenv";
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    return binOnPath(prefix, version);
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("dotnet", version);
    AssertionError.assertNoAdditionalDeps("dotnet", additionalDependencies);
    SystemExecutable.require(host.env(), name(), "dotnet");
    Path buildDir = prefix.resolve("pre-commit-build");
    SetupCommand.run(
        host,
        List.of(
            "dotnet",
            "pack",
            "--configuration",
            "Release",
            "--property",
            "PackageOutputPath=" + buildDir),
        prefix,
        host.env());
    List<String> nupkgs = PrefixFiles.star(buildDir, ".nupkg");
    if (nupkgs.isEmpty()) {
      throw new AssertionError("could not find any build outputs to install");
    }
    Path bin = environmentPath(prefix, version).resolve("bin");
    for (String nupkg : nupkgs) {
      String toolId = toolId(buildDir.resolve(nupkg));
      Path configDir = FileTrees.temporaryDirectory("precommit-nuget");
      try {
        Path config = configDir.resolve("nuget.config");
        Files.writeString(config, NUGET_CONFIG_NO_SOURCES, StandardCharsets.UTF_8);
        SetupCommand.run(
            host,
            List.of(
                "dotnet",
                "tool",
                "install",
                "--configfile",
                config.toString(),
                "--tool-path",
                bin.toString(),
                "--add-source",
                buildDir.toString(),
                toolId),
            prefix,
            host.env());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        FileTrees.deleteQuietly(configDir);
      }
    }
  }

  /** The {@code <id>} of the package's .nuspec: the name the tool is installed by. */
  static String toolId(Path nupkg) {
    try (ZipFile zip = new ZipFile(nupkg.toFile())) {
      List<? extends ZipEntry> specs =
          zip.stream().filter(e -> e.getName().endsWith(".nuspec")).toList();
      if (specs.size() != 1) {
        throw new AssertionError("expected one .nuspec in " + nupkg.getFileName());
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root;
      try (InputStream in = zip.getInputStream(specs.get(0))) {
        root = factory.newDocumentBuilder().parse(in).getDocumentElement();
      }
      if (root.getNamespaceURI() == null) {
        throw new AssertionError("could not parse namespace from nuspec");
      }
      NodeList ids = root.getElementsByTagNameNS(root.getNamespaceURI(), "id");
      if (ids.getLength() == 0) {
        throw new AssertionError("expected to find an \"id\" element");
      }
      String id = ids.item(0).getTextContent();
      if (id == null || id.isEmpty()) {
        throw new AssertionError("\"id\" element missing tool name");
      }
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("reading the .nuspec of " + nupkg, e);
    }
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
