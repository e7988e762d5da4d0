package dev.precommit.daemon;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One hook run as the client saw it: its argv, working directory, environment and terminals. */
record Request(List<String> args, Path cwd, Map<String, String> env, boolean stderrIsTerminal) {
  private static final int STDERR_TTY = 4;

  /** Decodes a {@link Frames#REQUEST} payload: u32 flags, cwd, argc + args, envc + "K=V"s. */
  static Request decode(byte[] payload) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    int flags = in.readInt();
    Path cwd = Path.of(Frames.string(in));
    if (!cwd.isAbsolute()) {
      throw new IOException("relative working directory");
    }
    int argc = in.readInt();
    List<String> args = new ArrayList<>();
    for (int i = 0; i < argc; i++) {
      args.add(Frames.string(in));
    }
    int envc = in.readInt();
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < envc; i++) {
      String entry = Frames.string(in);
      int eq = entry.indexOf('=');
      if (eq > 0) {
        env.putIfAbsent(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return new Request(List.copyOf(args), cwd, Map.copyOf(env), (flags & STDERR_TTY) != 0);
  }
}
