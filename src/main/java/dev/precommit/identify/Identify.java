package dev.precommit.identify;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * File-type tags as computed by the {@code identify} library (2.6.x), which pre-commit matches
 * against a hook's {@code types}, {@code types_or} and {@code exclude_types}.
 *
 * <p>Returned sets are unmodifiable and sorted, so they print like {@code identify-cli}.
 */
public final class Identify {
  public static final String DIRECTORY = "directory";
  public static final String SYMLINK = "symlink";
  public static final String SOCKET = "socket";
  public static final String FILE = "file";
  public static final String EXECUTABLE = "executable";
  public static final String NON_EXECUTABLE = "non-executable";
  public static final String TEXT = "text";
  public static final String BINARY = "binary";

  private static final int TEXT_SNIFF_BYTES = 1024;
  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;

  private final TagTables tables;
  private final Set<String> allTags;

  Identify(TagTables tables) {
    this.tables = tables;
    SortedSet<String> all = new TreeSet<>(tables.tableTags());
    all.addAll(List.of(DIRECTORY, SYMLINK, SOCKET, FILE, EXECUTABLE, NON_EXECUTABLE, TEXT, BINARY));
    this.allTags = Collections.unmodifiableSortedSet(all);
  }

  /** The identify tables bundled with precommit (parsed once, on first use). */
  public static Identify load() {
    return Bundled.INSTANCE;
  }

  /**
   * Tags for a path without following a final symlink: {@code {directory}}, {@code {symlink}},
   * {@code {socket}}, or {@code file} with a mode tag, language tags and text/binary.
   *
   * @throws java.nio.file.NoSuchFileException if nothing exists at {@code path}
   * @throws IOException if the contents must be read and cannot be
   */
  public Set<String> tagsFromPath(Path path) throws IOException {
    BasicFileAttributes attrs =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attrs.isDirectory()) {
      return Set.of(DIRECTORY);
    }
    if (attrs.isSymbolicLink()) {
      return Set.of(SYMLINK);
    }
    if (attrs.isOther() && isSocket(path)) {
      return Set.of(SOCKET);
    }

    SortedSet<String> tags = new TreeSet<>();
    tags.add(FILE);
    // access(X_OK) like identify: as root, any execute bit counts.
    boolean executable = Files.isExecutable(path);
    tags.add(executable ? EXECUTABLE : NON_EXECUTABLE);

    Path name = path.getFileName();
    Set<String> fromName = tagsFromFilename(name == null ? "" : name.toString());
    if (!fromName.isEmpty()) {
      // A recognised name or extension means the contents are not read for a shebang.
      tags.addAll(fromName);
    } else if (executable) {
      List<String> shebang = readShebang(path);
      if (!shebang.isEmpty()) {
        tags.addAll(tagsFromInterpreter(shebang.get(0)));
      }
    }

    // Extensions that can be either (e.g. plist) leave the encoding to the contents.
    if (!tags.contains(TEXT) && !tags.contains(BINARY)) {
      tags.add(isText(path) ? TEXT : BINARY);
    }
    return Collections.unmodifiableSortedSet(tags);
  }

  /**
   * Tags implied by a file name alone: the first of the whole name and its dot-separated parts that
   * is a known name (so {@code Dockerfile.xenial} is a dockerfile), united with the tags of its
   * lower-cased extension. Anything before the last {@code /} is ignored.
   */
  public Set<String> tagsFromFilename(String filename) {
    String base = filename.substring(filename.lastIndexOf('/') + 1);
    SortedSet<String> tags = new TreeSet<>();

    Set<String> byName = tables.names().get(base);
    if (byName == null) {
      for (String part : base.split("\\.", -1)) {
        byName = tables.names().get(part);
        if (byName != null) {
          break;
        }
      }
    }
    if (byName != null) {
      tags.addAll(byName);
    }

    String ext = extension(base);
    if (ext != null) {
      ext = ext.toLowerCase(Locale.ROOT);
      Set<String> byExt = tables.extensions().get(ext);
      if (byExt == null) {
        byExt = tables.binaryCheckExtensions().getOrDefault(ext, Set.of());
      }
      tags.addAll(byExt);
    }
    return Collections.unmodifiableSortedSet(tags);
  }

  /** Every tag identify knows; a hook's type filters must only use these. */
  public Set<String> allTags() {
    return allTags;
  }

  /**
   * Tags of a shebang program: its basename, then that name with trailing {@code .part}s removed
   * one at a time ({@code python3.11.2} → {@code python3.11} → {@code python3}) until one is known.
   */
  Set<String> tagsFromInterpreter(String interpreter) {
    String name = interpreter.substring(interpreter.lastIndexOf('/') + 1);
    while (!name.isEmpty()) {
      Set<String> tags = tables.interpreters().get(name);
      if (tags != null) {
        return tags;
      }
      int dot = name.lastIndexOf('.');
      name = dot < 0 ? "" : name.substring(0, dot);
    }
    return Set.of();
  }

  /**
   * The extension as Python's {@code os.path.splitext} sees it, without the dot: text after the
   * last dot, unless every character before that dot is also a dot ({@code .bashrc} has none).
   */
  static String extension(String base) {
    int dot = base.lastIndexOf('.');
    for (int i = 0; i < dot; i++) {
      if (base.charAt(i) != '.') {
        return base.substring(dot + 1);
      }
    }
    return null;
  }

  /**
   * libmagic's rule, as identify applies it: text unless the first KiB holds a control byte other
   * than BEL, BS, TAB, LF, VT, FF, CR or ESC (bytes >= 0x80 count as text).
   */
  static boolean isText(byte[] prefix) {
    for (byte b : prefix) {
      int u = b & 0xff;
      boolean control = u < 0x20 || u == 0x7f;
      boolean allowed = (u >= 7 && u <= 13) || u == 27;
      if (control && !allowed) {
        return false;
      }
    }
    return true;
  }

  private static boolean isText(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return isText(in.readNBytes(TEXT_SNIFF_BYTES));
    }
  }

  private static List<String> readShebang(Path path) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      return Shebang.parse(in);
    }
  }

  private static boolean isSocket(Path path) throws IOException {
    try {
      Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return mode instanceof Integer m && (m & S_IFMT) == S_IFSOCK;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return false; // no unix attribute view (Windows): sockets are not reported there either
    }
  }

  /** Holder so the TSV is parsed once, only when tags are first needed. */
  private static final class Bundled {
    static final Identify INSTANCE = new Identify(TagTables.bundled());
  }
}
