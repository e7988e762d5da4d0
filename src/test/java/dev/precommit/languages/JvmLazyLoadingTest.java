package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Maven Resolver is for installing environments only: the registry, the JVM languages' answers to
 * the run pipeline (environment, health check) and the entry parsing load none of it. Checked in a
 * fresh class loader that records every class it loads.
 */
class JvmLazyLoadingTest {
  /** Child-first over the test class path, so our classes and the libraries load here. */
  private static final class Recording extends URLClassLoader {
    final List<String> loaded = new ArrayList<>();

    Recording(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      loaded.add(name);
      return super.findClass(name);
    }
  }

  @Test
  void theCommitPathOfJvmLanguagesLoadsNoMavenClasses() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(url(entry));
    }
    try (Recording loader = new Recording(urls.toArray(URL[]::new))) {
      Class<?> languages = loader.loadClass(Languages.class.getName());
      Method get = languages.getMethod("get", String.class);
      for (String name : List.of("jvm", "coursier")) {
        Object language = get.invoke(null, name);
        Class<?> type = loader.loadClass(Language.class.getName());
        type.getMethod("environmentDir").invoke(language);
        type.getMethod("environment", Path.class, String.class)
            .invoke(language, Path.of("/nonexistent"), "default");
        assertEquals(
            "no jvm.properties in /nonexistent/"
                + type.getMethod("environmentDir").invoke(language)
                + "-default",
            type.getMethod(
                    "healthCheck", Path.class, String.class, loader.loadClass(Host.class.getName()))
                .invoke(language, Path.of("/nonexistent"), "default", null));
      }
      Class<?> entry = loader.loadClass(JvmEntry.class.getName());
      Method parse = entry.getDeclaredMethod("parse", String.class, List.class);
      parse.setAccessible(true); // another loader: another runtime package
      parse.invoke(null, "id", List.of("--add-opens", "a/b=ALL-UNNAMED", "Main", "x"));
      assertTrue(loader.loaded.contains(Languages.class.getName()), loader.loaded::toString);
      List<String> maven =
          loader.loaded.stream()
              .filter(n -> n.startsWith("org.eclipse.aether") || n.startsWith("org.apache.maven"))
              .toList();
      assertEquals(List.of(), maven);
    }
  }

  private static URL url(String entry) {
    try {
      return new File(entry).toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
