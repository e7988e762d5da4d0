package dev.precommit.languages;

import java.util.List;

/**
 * {@code docker_image}: no environment; the entry names an existing image (and optionally {@code
 * --entrypoint} and other {@code docker run} options), run with the repository mounted at {@code
 * /src}.
 */
final class DockerImage implements Language {
  @Override
  public String name() {
    return "docker_image";
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    DockerEngine engine = DockerEngine.check(name(), call.runner(), call.root(), call.env());
    String hostRoot =
        DockerPath.hostPath(call.root().toString(), call.runner(), call.root(), call.env());
    List<String> cmd = DockerRun.command(engine, hostRoot, call.color());
    cmd.addAll(BasicRun.command(call.hook()));
    return BasicRun.run(cmd, call);
  }
}
