package dev.precommit.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * check-xml: well-formedness with namespace processing off, external entities declared but never
 * loaded. The JDK's parser decides; its messages are mapped to expat's texts, and the position to
 * where expat points (the start of the offending token; column 0-based, in characters).
 */
final class CheckXml implements BuiltinHook {
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private enum Where {
    END_TAG_NAME,
    END,
    AMPERSAND,
    ATTRIBUTE,
    AFTER_ROOT,
    TOKEN_START,
    LESS_THAN,
    PARSER
  }

  private record Translation(Pattern xerces, String expat, Where where) {}

  private static final List<Translation> TRANSLATIONS =
      List.of(
          t(
              "The element type .* must be terminated by the matching end-tag.*",
              "mismatched tag",
              Where.END_TAG_NAME),
          t(
              "XML document structures must start and end within the same entity.*|Premature end of file.*",
              "no element found",
              Where.END),
          t(
              "The markup in the document following the root element must be well-formed.*|Content is not allowed in trailing section.*",
              "junk after document element",
              Where.AFTER_ROOT),
          t(
              ".*must not contain the '<' character.*",
              "not well-formed (invalid token)",
              Where.LESS_THAN),
          t(
              "The entity .* was referenced, but not declared.*",
              "undefined entity",
              Where.AMPERSAND),
          t(
              "Attribute .* was already specified for element.*",
              "duplicate attribute",
              Where.ATTRIBUTE),
          t(
              "Character reference .* is an invalid XML character.*",
              "reference to invalid character number",
              Where.AMPERSAND),
          t(
              "The processing instruction target matching .*xX.*mM.*lL.* is not allowed.*",
              "XML or text declaration not at start of entity",
              Where.TOKEN_START),
          t("Content is not allowed in prolog.*", "syntax error", Where.TOKEN_START),
          t(
              "A pseudo attribute name is expected.*|The XML declaration must end with.*|The value following .* in the XML declaration must be a quoted string.*|XML version .* is not supported.*|.*in the XML declaration.*",
              "XML declaration not well-formed",
              Where.PARSER),
          t(
              "The CDATA section must end with.*|.*CDATA section.*",
              "unclosed CDATA section",
              Where.END),
          t("Recursive entity reference.*", "recursive entity reference", Where.AMPERSAND));

  private static Translation t(String xerces, String expat, Where where) {
    return new Translation(Pattern.compile(xerces, Pattern.DOTALL), expat, where);
  }

  @Override
  public ArgParser parser() {
    return new ArgParser(
        "check-xml", "usage: check-xml [-h] [filenames ...]", ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setValidating(false);
    int result = 0;
    for (String filename : args.filenames()) {
      byte[] bytes = context.readAllBytes(filename);
      String text = decode(bytes);
      int badUtf8 = text == null ? firstInvalidUtf8(bytes) : -1;
      if (badUtf8 >= 0) {
        String prefix = new String(bytes, 0, badUtf8, StandardCharsets.UTF_8);
        context.print(
            failure(filename, prefix, prefix.length(), "not well-formed (invalid token)"));
        result = 1;
        continue;
      }
      if (text == null) {
        text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) {
          text = text.substring(1);
        }
      }
      text = asXml10(text);
      RootEnd handler = new RootEnd();
      try {
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser
            .getXMLReader()
            .setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        parser.parse(new InputSource(new StringReader(text)), handler);
      } catch (SAXParseException e) {
        context.print(failure(filename, text, e, handler));
        result = 1;
      } catch (SAXException | ParserConfigurationException e) {
        context.print(failure(filename, text, 0, String.valueOf(e.getMessage())));
        result = 1;
      }
    }
    return result;
  }

  private static final Pattern VERSION =
      Pattern.compile("^(<\\?xml\\s+version\\s*=\\s*[\"'])([a-zA-Z0-9_.:-]+)([\"'])");

  /**
   * expat takes any version number and parses by XML 1.0 rules; the JDK refuses other versions and
   * applies 1.1 rules to "1.1": the declaration is read as 1.0 either way.
   */
  private static String asXml10(String text) {
    Matcher m = VERSION.matcher(text);
    if (m.find() && !m.group(2).equals("1.0")) {
      return m.group(1) + "1.0" + text.substring(m.end(2));
    }
    return text;
  }

  /** The text in the declared encoding, or null for UTF-8 (checked byte by byte). */
  private static String decode(byte[] bytes) throws HookCrash {
    String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_ENCODING.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
    if (name.equals("utf-8") || name.equals("utf8")) {
      return null;
    }
    if (name.equals("latin-1") || name.equals("latin1") || name.equals("l1")) {
      name = "ISO-8859-1";
    }
    try {
      return new String(bytes, Charset.forName(name));
    } catch (IllegalArgumentException e) {
      throw new HookCrash("LookupError", "unknown encoding: " + m.group(1));
    }
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 0 : 0;
    try {
      Utf8.decode(bytes, start, bytes.length, false);
      return -1;
    } catch (Utf8.DecodeError e) {
      Matcher m = Pattern.compile("position (\\d+)").matcher(e.getMessage());
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
  }

  private static String failure(String filename, String text, SAXParseException e, RootEnd root) {
    String xerces = String.valueOf(e.getMessage());
    String message = "not well-formed (invalid token)";
    Where where = Where.PARSER;
    for (Translation t : TRANSLATIONS) {
      if (t.xerces().matcher(xerces).matches()) {
        message = t.expat();
        where = t.where();
        break;
      }
    }
    int pos = offsetOf(text, e.getLineNumber(), e.getColumnNumber());
    switch (where) {
      case END -> pos = text.length();
      case END_TAG_NAME -> {
        int slash = text.lastIndexOf("</", Math.max(0, pos - 1));
        pos = slash >= 0 ? slash + 2 : pos;
      }
      case AMPERSAND -> {
        int amp = text.lastIndexOf('&', Math.max(0, pos - 1));
        pos = amp >= 0 ? amp : pos;
      }
      case ATTRIBUTE -> {
        Matcher name = Pattern.compile("Attribute \"([^\"]+)\"").matcher(xerces);
        if (name.find()) {
          Matcher attr =
              Pattern.compile("\\s(" + Pattern.quote(name.group(1)) + ")\\s*=").matcher(text);
          int found = -1;
          while (attr.find() && attr.start(1) < pos) {
            found = attr.start(1);
          }
          pos = found >= 0 ? found : pos;
        }
      }
      case AFTER_ROOT -> pos = root.junkAfter(text);
      case TOKEN_START -> {
        int lt = text.lastIndexOf('<', Math.max(0, pos - 1));
        pos = lt >= 0 ? lt : pos;
        int nonSpace = 0;
        while (nonSpace < text.length() && Character.isWhitespace(text.charAt(nonSpace))) {
          nonSpace++;
        }
        if (message.equals("syntax error")) {
          pos = nonSpace;
        }
      }
      case LESS_THAN -> {
        int lt = text.lastIndexOf('<', pos);
        pos = lt >= 0 ? lt : pos;
      }
      case PARSER -> pos = Math.max(0, pos);
    }
    if (message.equals("no element found")) {
      // expat names what was left open at the end more precisely
      int cdata = text.lastIndexOf("<![CDATA[");
      int lt = text.lastIndexOf('<');
      if (cdata >= 0 && text.indexOf("]]>", cdata) < 0) {
        message = "unclosed CDATA section";
      } else if (lt >= 0 && text.indexOf('>', lt) < 0) {
        message = "unclosed token";
        pos = lt;
      }
    }
    return failure(filename, text, pos, message);
  }

  private static String failure(String filename, String text, int pos, String message) {
    pos = Math.min(pos, text.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = text.codePointCount(lineStart, pos);
    return filename
        + ": Failed to xml parse ("
        + filename
        + ":"
        + line
        + ":"
        + column
        + ": "
        + message
        + ")";
  }

  /** The character offset of a (1-based line, 1-based column) position of the parser. */
  private static int offsetOf(String text, int line, int column) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    int l = Math.max(1, Math.min(line, starts.size()));
    return Math.min(text.length(), starts.get(l - 1) + Math.max(0, column - 1));
  }

  /** Remembers where the root element ended; external entities resolve to nothing. */
  private static final class RootEnd extends DefaultHandler {
    private Locator locator;
    private int depth;
    private int endLine = -1;
    private int endColumn;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String local, String qName, org.xml.sax.Attributes a) {
      depth++;
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (--depth == 0 && locator != null) {
        endLine = locator.getLineNumber();
        endColumn = locator.getColumnNumber();
      }
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return new InputSource(new ByteArrayInputStream(new byte[0]));
    }

    /** The first thing after the root element that is not space, a comment or a PI. */
    int junkAfter(String text) {
      int pos = endLine < 0 ? 0 : offsetOf(text, endLine, endColumn);
      while (pos < text.length()) {
        if (Character.isWhitespace(text.charAt(pos))) {
          pos++;
        } else if (text.startsWith("<!--", pos) && text.indexOf("-->", pos) > 0) {
          pos = text.indexOf("-->", pos) + 3;
        } else if (text.startsWith("<?", pos) && text.indexOf("?>", pos) > 0) {
          pos = text.indexOf("?>", pos) + 2;
        } else {
          break;
        }
      }
      return pos;
    }
  }
}
