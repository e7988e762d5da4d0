package dev.precommit.languages;

/**
 * {@code builtin}: the catalog's hooks, which run inside precommit and install no environment. The
 * catalog sits above this package, so the run pipeline dispatches them itself; this entry only
 * answers the questions asked of every language (it has no environment).
 */
final class InProcess implements Language {
  @Override
  public String name() {
    return "builtin";
  }

  @Override
  public HookOutcome run(HookCall call) {
    throw new IllegalStateException(
        "hook `" + call.hook().id() + "` is built in: the run pipeline runs it in-process");
  }
}
