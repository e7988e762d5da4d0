package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.hook.Hook;
import dev.precommit.process.PythonRandom;
import dev.precommit.process.Result;
import dev.precommit.process.Shlex;
import dev.precommit.process.ShlexException;
import dev.precommit.process.Xargs;
import java.util.ArrayList;
import java.util.List;

/** pre-commit's {@code lang_base.run_xargs}: entry + args, files batched across cores. */
final class BasicRun {
  private BasicRun() {}

  /** {@code shlex.split(entry) + args}. */
  static List<String> command(Hook hook) {
    List<String> cmd = new ArrayList<>();
    try {
      cmd.addAll(Shlex.split(hook.entry()));
    } catch (ShlexException e) {
      throw new FatalError("hook `" + hook.id() + "` has an invalid entry: " + e.getMessage());
    }
    cmd.addAll(hook.args());
    return cmd;
  }

  /**
   * Shuffles the files deterministically (so batches fill evenly, exactly as pre-commit's do)
   * unless the hook is serial, then runs the batches.
   */
  static HookOutcome run(List<String> cmd, HookCall call) throws InterruptedException {
    List<String> files = call.files();
    int jobs = Xargs.jobs(call.hook().requireSerial(), call.env());
    if (!call.hook().requireSerial()) {
      files = PythonRandom.shuffledWithFixedSeed(files);
    }
    Result result =
        new Xargs(call.runner())
            .limitedTo(call.threads())
            .run(cmd, files, jobs, call.root(), call.env());
    return new HookOutcome(result.exitCode(), result.output());
  }
}
