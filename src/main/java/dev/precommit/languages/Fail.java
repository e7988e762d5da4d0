package dev.precommit.languages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** {@code fail}: never runs anything; the entry is the message, followed by the files. */
final class Fail implements Language {
  @Override
  public String name() {
    return "fail";
  }

  @Override
  public HookOutcome run(HookCall call) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((call.hook().entry() + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(String.join("\n", call.files()).getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    return new HookOutcome(1, out.toByteArray(), true);
  }
}
