package dev.precommit.config;

/**
 * Carries a libyaml-rule violation found inside snakeyaml-engine's parser loop, which only lets
 * unchecked exceptions through, out to the composer.
 */
final class LibyamlRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient YamlException error;

  LibyamlRuleException(YamlException error) {
    super(error.getMessage(), null, false, false);
    this.error = error;
  }

  YamlException error() {
    return error;
  }
}
