package dev.precommit.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** check-vcs-permalinks: GitHub blob links with a line anchor must name a commit. */
final class CheckVcsPermalinks implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
            "check-vcs-permalinks",
            """
            usage: check-vcs-permalinks [-h]
                                        [--additional-github-domain ADDITIONAL_GITHUB_DOMAINS]
                                        [filenames ...]""",
            ArgParser.Positionals.ANY)
        .append("ADDITIONAL_GITHUB_DOMAINS", null, "--additional-github-domain");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    List<String> domains = new ArrayList<>();
    domains.add("github.com");
    domains.addAll(args.list("additional_github_domain"));
    List<Pattern> patterns = new ArrayList<>();
    for (String domain : domains) {
      // the domain goes into the regex unescaped, as in the original; lines are matched as bytes
      String latin1Domain =
          new String(domain.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      try {
        patterns.add(
            Pattern.compile(
                "https://"
                    + latin1Domain
                    + "/[^/ ]+/[^/ ]+/blob/(?![a-fA-F0-9]{4,64}/)([^/. ]+)/[^# ]+#L[0-9]+",
                Pattern.UNIX_LINES));
      } catch (PatternSyntaxException e) {
        throw new HookCrash("re.error", e.getDescription());
      }
    }
    boolean found = false;
    for (String filename : args.filenames()) {
      try (LineReader lines = new LineReader(context.open(filename), false)) {
        int n = 0;
        for (byte[] line; (line = lines.next()) != null; ) {
          n++;
          String text = new String(line, StandardCharsets.ISO_8859_1);
          for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
              context.write((filename + ":" + n + ":").getBytes(StandardCharsets.UTF_8));
              context.write(line);
              found = true;
            }
          }
        }
      }
    }
    if (found) {
      context.print("");
      context.print("Non-permanent github link detected.");
      context.print("On any page on github press [y] to load a permalink.");
    }
    return found ? 1 : 0;
  }
}
