package dev.precommit.languages;

import java.util.ArrayList;
import java.util.List;

/** {@code unsupported_script} (formerly {@code script}): the entry is a file in the hook repo. */
final class UnsupportedScript implements Language {
  @Override
  public String name() {
    return "unsupported_script";
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    List<String> cmd = new ArrayList<>(BasicRun.command(call.hook()));
    cmd.set(0, call.hook().prefix().resolve(cmd.get(0)).toString());
    return BasicRun.run(cmd, call);
  }
}
