package dev.precommit.config;

import java.util.Map;
import java.util.function.Consumer;

/**
 * pre-commit 4.x rejects a manifest that is a mapping as "needs pre-commit 5" (a forward
 * compatibility hook), rendered with its odd doubled {@code =====>} line.
 */
enum ManifestSchemaGuard implements Schema {
  INSTANCE;

  @Override
  public void check(Object value, Consumer<String> warn) throws ValidationError {
    if (value instanceof Map) {
      throw new ValidationError(
          "\n=====> pre-commit version 5 is required but version "
              + MinimumVersion.COMPATIBLE_VERSION
              + " is installed.  Perhaps run `pip install --upgrade pre-commit`.");
    }
    ConfigSchema.MANIFEST.check(value, warn);
  }

  @Override
  public Object applyDefaults(Object value) {
    return ConfigSchema.MANIFEST.applyDefaults(value);
  }
}
