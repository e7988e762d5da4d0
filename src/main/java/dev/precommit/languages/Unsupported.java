package dev.precommit.languages;

/** {@code unsupported} (formerly {@code system}): run the entry as found on PATH. */
final class Unsupported implements Language {
  @Override
  public String name() {
    return "unsupported";
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
