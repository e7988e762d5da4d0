package dev.precommit.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** detect-aws-credentials: the user's own AWS secrets must not appear in committed files. */
final class DetectAwsCredentials implements BuiltinHook {
  private static final List<String> DEFAULT_FILES =
      List.of("~/.aws/config", "~/.aws/credentials", "/etc/boto.cfg", "~/.boto");
  private static final List<String> FILE_VARIABLES =
      List.of(
          "AWS_CONFIG_FILE", "AWS_CREDENTIAL_FILE", "AWS_SHARED_CREDENTIALS_FILE", "BOTO_CONFIG");
  private static final List<String> KEY_VARIABLES =
      List.of("AWS_SECRET_ACCESS_KEY", "AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN");
  private static final List<String> KEY_OPTIONS =
      List.of("aws_secret_access_key", "aws_security_token", "aws_session_token");

  @Override
  public ArgParser parser() {
    return new ArgParser(
            "detect-aws-credentials",
            """
            usage: detect-aws-credentials [-h] [--credentials-file CREDENTIALS_FILE]
                                          [--allow-missing-credentials]
                                          filenames [filenames ...]""",
            ArgParser.Positionals.AT_LEAST_ONE)
        .append(
            "CREDENTIALS_FILE",
            "Location of additional AWS credential file from which to get secret keys. Can be"
                + " passed multiple times.",
            "--credentials-file")
        .flag(
            "Allow hook to pass when no credentials are detected.", "--allow-missing-credentials");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    Set<String> credentialFiles = new LinkedHashSet<>(DEFAULT_FILES);
    credentialFiles.addAll(args.list("credentials_file"));
    for (String variable : FILE_VARIABLES) {
      if (context.env().containsKey(variable)) {
        credentialFiles.add(context.env().get(variable));
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String file : credentialFiles) {
      keys.addAll(secretsIn(context, file));
    }
    for (String variable : KEY_VARIABLES) {
      String value = context.env().get(variable);
      if (value != null && !value.isEmpty()) {
        keys.add(value);
      }
    }
    if (keys.isEmpty()) {
      if (args.flag("allow_missing_credentials")) {
        return 0;
      }
      context.print(
          "No AWS keys were found in the configured credential files and environment"
              + " variables.\nPlease ensure you have the correct setting for --credentials-file");
      return 2;
    }
    List<String> found = new ArrayList<>();
    for (String filename : args.filenames()) {
      byte[] body = context.readAllBytes(filename);
      for (String key : keys) {
        if (DetectPrivateKey.contains(body, key.getBytes(StandardCharsets.UTF_8))) {
          found.add("AWS secret found in " + filename + ": " + masked(key));
        }
      }
    }
    found.forEach(context::print);
    return found.isEmpty() ? 0 : 1;
  }

  /** The first four characters, padded with {@code *} to 28. */
  private static String masked(String key) {
    int end = key.offsetByCodePoints(0, Math.min(4, key.codePointCount(0, key.length())));
    String head = key.substring(0, end);
    int length = head.codePointCount(0, head.length());
    return head + "*".repeat(Math.max(0, 28 - length));
  }

  private static Set<String> secretsIn(HookContext context, String name)
      throws IOException, HookCrash {
    String expanded = name;
    String home = context.env().get("HOME");
    if ((name.equals("~") || name.startsWith("~/")) && home != null) {
      expanded = home + name.substring(1);
    }
    Path file = context.cwd().resolve(expanded);
    Set<String> keys = new LinkedHashSet<>();
    if (!Files.exists(file)) {
      return keys;
    }
    IniFile ini = IniFile.parse(Utf8.readText(file));
    if (ini == null) {
      return keys; // no section header: the original ignores such a file
    }
    for (String section : ini.sections()) {
      for (String option : KEY_OPTIONS) {
        String value = ini.get(section, option);
        if (value != null && !value.strip().isEmpty()) {
          keys.add(value.strip());
        }
      }
    }
    return keys;
  }
}
