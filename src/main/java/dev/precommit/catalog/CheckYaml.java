package dev.precommit.catalog;

import dev.precommit.config.YamlSyntaxCheck;
import java.io.IOException;
import java.util.Optional;

/** check-yaml: each file must load as YAML (one document unless -m; syntax only with --unsafe). */
final class CheckYaml implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
            "check-yaml",
            "usage: check-yaml [-h] [-m] [--unsafe] [filenames ...]",
            ArgParser.Positionals.ANY)
        .flag(
            "Allow yaml files which use the multi-document syntax",
            "-m",
            "--multi",
            "--allow-multiple-documents")
        .flag(
            "Instead of loading the files, simply parse them for syntax.  A syntax-only check"
                + " enables extensions and unsafe constructs which would otherwise be forbidden."
                + "  Using this option removes all guarantees of portability to other yaml"
                + " implementations. Implies --allow-multiple-documents",
            "--unsafe");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    YamlSyntaxCheck.Mode mode =
        args.flag("unsafe")
            ? YamlSyntaxCheck.Mode.PARSE_ONLY
            : args.flag("multi") ? YamlSyntaxCheck.Mode.MULTI : YamlSyntaxCheck.Mode.SINGLE;
    int result = 0;
    for (String filename : args.filenames()) {
      String text = Utf8.text(context.readAllBytes(filename));
      Optional<String> error;
      try {
        error = YamlSyntaxCheck.errorOf(text, filename, mode);
      } catch (YamlSyntaxCheck.ConstructionCrash e) {
        throw new HookCrash(e.pythonType(), e.getMessage());
      }
      if (error.isPresent()) {
        context.print(error.get());
        result = 1;
      }
    }
    return result;
  }
}
