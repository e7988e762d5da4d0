package dev.precommit.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * check-xml: well-formedness with namespace processing off, external entities declared but never
 * loaded. The JDK's parser decides; its messages are mapped to expat's texts and positions (column
 * 0-based in characters) for the errors that occur in practice.
 */
final class CheckXml implements BuiltinHook {
  private record Translation(Pattern xerces, String expat, Position position) {}

  /** Where expat points for an error. */
  private enum Position {
    /** The name after {@code </} of the offending end tag. */
    END_TAG_NAME,
    /** The end of the document. */
    END,
    /** The parser's own position, one character back. */
    PARSER
  }

  private static final List<Translation> TRANSLATIONS =
      List.of(
          new Translation(
              Pattern.compile("The element type .* must be terminated by the matching end-tag.*"),
              "mismatched tag",
              Position.END_TAG_NAME),
          new Translation(
              Pattern.compile(
                  "XML document structures must start and end within the same entity.*|Premature end of file.*"),
              "no element found",
              Position.END),
          new Translation(
              Pattern.compile(
                  "The markup in the document following the root element must be well-formed.*"),
              "junk after document element",
              Position.PARSER),
          new Translation(
              Pattern.compile("The entity .* was referenced, but not declared.*"),
              "undefined entity",
              Position.PARSER),
          new Translation(
              Pattern.compile("Attribute .* was already specified for element.*"),
              "duplicate attribute",
              Position.PARSER),
          new Translation(
              Pattern.compile("Character reference .* is an invalid XML character.*"),
              "reference to invalid character number",
              Position.PARSER),
          new Translation(
              Pattern.compile(
                  "The processing instruction target matching .*xX.*mM.*lL.* is not allowed.*"),
              "XML or text declaration not at start of entity",
              Position.PARSER),
          new Translation(
              Pattern.compile("Content is not allowed in prolog.*"),
              "syntax error",
              Position.PARSER),
          new Translation(
              Pattern.compile("Recursive entity reference.*"),
              "recursive entity reference",
              Position.PARSER));

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
      byte[] bytes = Files.readAllBytes(context.path(filename));
      try {
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        parser
            .getXMLReader()
            .setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        source.setSystemId(context.path(filename).toUri().toString());
        parser.parse(source, new NoExternalEntities());
      } catch (SAXParseException e) {
        context.print(
            filename + ": Failed to xml parse (" + filename + ":" + expatText(e, bytes) + ")");
        result = 1;
      } catch (SAXException | ParserConfigurationException e) {
        context.print(
            filename + ": Failed to xml parse (" + filename + ":1:0: " + e.getMessage() + ")");
        result = 1;
      }
    }
    return result;
  }

  /** {@code line:column: message} as expat would give it. */
  private static String expatText(SAXParseException e, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n|\r|\n", -1);
    int line = Math.max(1, e.getLineNumber());
    int column = Math.max(0, e.getColumnNumber() - 1);
    String message = "not well-formed (invalid token)";
    Position position = Position.PARSER;
    String xerces = String.valueOf(e.getMessage());
    for (Translation t : TRANSLATIONS) {
      if (t.xerces().matcher(xerces).matches()) {
        message = t.expat();
        position = t.position();
        break;
      }
    }
    switch (position) {
      case END -> {
        line = lines.length;
        String last = lines[lines.length - 1];
        column = last.codePointCount(0, last.length());
      }
      case END_TAG_NAME -> {
        if (line <= lines.length) {
          String current = lines[line - 1];
          int upTo = Math.min(current.length(), e.getColumnNumber() - 1);
          int slash = current.lastIndexOf("</", Math.max(0, upTo - 1));
          if (slash >= 0) {
            column = current.codePointCount(0, slash + 2);
          }
        }
      }
      case PARSER -> {
        if (line <= lines.length) {
          String current = lines[line - 1];
          int chars = Math.min(current.length(), column);
          column = current.codePointCount(0, chars);
        }
      }
    }
    return line + ":" + column + ": " + message;
  }

  /** External entities are declared but never read, as in Python's sax defaults. */
  private static final class NoExternalEntities extends DefaultHandler {
    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      InputStream empty = new ByteArrayInputStream(new byte[0]);
      return new InputSource(empty);
    }
  }
}
