package dev.precommit.run;

import dev.precommit.catalog.BuiltinLanguage;
import dev.precommit.hook.Hook;

/**
 * Which hooks cannot change files. Those need no {@code git diff} around them, and consecutive ones
 * may run side by side: nothing they do can change what their neighbours see.
 */
final class ReadOnlyHooks {
  private ReadOnlyHooks() {}

  /** Known not to write: the catalog's checkers, {@code pygrep} (a search), {@code fail}. */
  static boolean neverWrite(Hook hook) {
    if (hook.isMeta()) {
      return false;
    }
    return switch (hook.language()) {
      case BuiltinLanguage.NAME -> BuiltinLanguage.neverWrites(hook);
      case "pygrep", "fail" -> true;
      default -> false;
    };
  }

  /**
   * May share a batch of concurrent hooks: never writes, or the user declared {@code read_only:
   * true}. The declaration is not taken for a built-in fixer, which the catalog knows writes.
   */
  static boolean mayRunSideBySide(Hook hook) {
    if (hook.isMeta()) {
      return false;
    }
    return neverWrite(hook) || (hook.readOnly() && !BuiltinLanguage.NAME.equals(hook.language()));
  }
}
