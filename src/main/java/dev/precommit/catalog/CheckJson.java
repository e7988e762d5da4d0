package dev.precommit.catalog;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** check-json: each file must parse as Python's json parses it, without duplicate keys. */
final class CheckJson implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "check-json", "usage: check-json [-h] [filenames ...]", ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    int result = 0;
    for (String filename : args.filenames()) {
      byte[] bytes = context.readAllBytes(filename);
      try {
        PyJson.loads(bytes, CheckJson::rejectDuplicates);
      } catch (PyJson.JsonError e) {
        context.print(filename + ": Failed to json decode (" + e.getMessage() + ")");
        result = 1;
      }
    }
    return result;
  }

  private static Object rejectDuplicates(List<Map.Entry<String, Object>> pairs)
      throws PyJson.JsonError {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, Object> pair : pairs) {
      if (!seen.add(pair.getKey())) {
        throw new PyJson.JsonError("Duplicate key: " + pair.getKey());
      }
    }
    return pairs;
  }
}
