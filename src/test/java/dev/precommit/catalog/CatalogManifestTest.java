package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precommit.config.ConfigLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run loads the catalog's manifest without validating it; this is where it is validated. */
class CatalogManifestTest {
  @Test
  void theManifestIsValidWithoutWarningsAndTheTrustedLoadGivesTheSameHooks() {
    List<String> warnings = new ArrayList<>();
    var validated = ConfigLoader.loadManifestText(Catalog.manifestText(), "builtin", warnings::add);
    assertEquals(List.of(), warnings);
    assertEquals(validated, ConfigLoader.loadTrustedManifestText(Catalog.manifestText()));
  }
}
