package dev.kijun.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * kijun's pages are HTML that is also well-formed XML, so tests check them with the JDK's XML parser: one place to
 * parse a page and to collect its element ids, shared with the other modules' tests through the runtime's test jar.
 */
public final class XmlPages {
  private XmlPages() {}

  /** The page as an XML document; fails the test, naming {@code what}, when it is not well-formed. */
  public static Document parse(String what, String page) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new AssertionError(what + " is not well-formed: " + e.getMessage(), e);
    }
  }

  /** Every element id of the page; fails the test, naming {@code what}, on an id used twice. */
  public static Set<String> ids(String what, Document doc) {
    Set<String> ids = new HashSet<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        assertThat(ids.add(id)).as("%s: duplicate id %s", what, id).isTrue();
      }
    }
    return ids;
  }
}
