package eu.topcop.learn.cmi5;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code cmi5.xml}: first against the course structure XSD (cmi5 section 13.2), then for the rules the XSD cannot
 * say: ids are fully qualified IRIs and unique (13.1), objectives referred to exist, a relative AU url names a file of
 * the zip and a bare cmi5.xml has fully qualified urls only (14.1, 14.2), a mastery score has at most four decimals,
 * an activity type is an IRI. Every problem is named {@code cmi5.xml:line:column}. No DTD, no external entity, no
 * schema from the network: the parser refuses a DOCTYPE and resolves nothing.
 */
final class CourseStructureReader {

    static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final int MAX_IRI = 2000;
    private static final Schema SCHEMA = schema();

    private CourseStructureReader() {}

    /**
     * The course structure, or empty with every problem added to {@code problems}. {@code packagePaths} are the zip's
     * files, null for a bare cmi5.xml.
     */
    static Optional<CourseStructure> read(byte[] xml, Set<String> packagePaths, List<Cmi5Problem> problems) {
        int before = problems.size();
        Collector collector = new Collector(problems);
        try {
            Validator validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collector);
            validator.validate(new SAXSource(parser(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException notWellFormed) {
            return Optional.empty(); // the collector has it; nothing more can be read
        } catch (SAXException | IOException e) {
            problems.add(new Cmi5Problem(PackageReader.STRUCTURE, "cannot be read (" + e.getMessage() + ")"));
            return Optional.empty();
        }
        Model model = new Model(packagePaths, problems);
        try {
            XMLReader reader = parser();
            reader.setContentHandler(model);
            reader.setErrorHandler(model);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
        model.checkReferences();
        return problems.size() == before ? Optional.of(model.structure()) : Optional.empty();
    }

    private static Schema schema() {
        try (InputStream xsd = CourseStructureReader.class.getResourceAsStream("/cmi5/CourseStructure.xsd")) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd, "classpath:/cmi5/CourseStructure.xsd"));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The cmi5 course structure XSD cannot be read", e);
        }
    }

    private static XMLReader parser() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String where(int line, int column) {
        return PackageReader.STRUCTURE + ":" + line + ":" + column;
    }

    /** The XSD's verdicts, each at its line and column; a fatal error (not well-formed) ends the reading. */
    private record Collector(List<Cmi5Problem> problems) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // Warnings (an extension's schema not fetched, for example) do not refuse a package.
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(new Cmi5Problem(where(e.getLineNumber(), e.getColumnNumber()), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            error(e);
            throw e;
        }
    }

    /** Builds the course structure from the document's elements in cmi5's namespace, checking as it goes. */
    private static final class Model extends DefaultHandler {

        private final Set<String> packagePaths;
        private final List<Cmi5Problem> problems;
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Integer> openBlocks = new ArrayDeque<>();
        private final Set<String> ids = new HashSet<>();
        private final Set<String> objectives = new HashSet<>();
        private final List<String[]> objectiveReferences = new ArrayList<>();
        private final List<CourseStructure.Block> blocks = new ArrayList<>();
        private final List<CourseStructure.Au> aus = new ArrayList<>();
        private Locator locator;
        private String courseIri = "";
        private final Map<String, String> courseTitle = new LinkedHashMap<>();
        private final Map<String, String> courseDescription = new LinkedHashMap<>();
        private Map<String, String> title;
        private Map<String, String> description;
        private Map<String, String> texts;
        private String lang;
        private StringBuilder text;
        private AuDraft au;

        Model(Set<String> packagePaths, List<Cmi5Problem> problems) {
            this.packagePaths = packagePaths;
            this.problems = problems;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private String here() {
            return where(locator.getLineNumber(), locator.getColumnNumber());
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            if (!NAMESPACE.equals(uri)) {
                path.push("#other");
                return;
            }
            String parent = path.isEmpty() ? "" : path.peek();
            path.push(local);
            switch (local) {
                case "course" -> {
                    courseIri = id(attributes.getValue("id"), "course");
                    title = courseTitle;
                    description = courseDescription;
                }
                case "block" -> {
                    String iri = id(attributes.getValue("id"), "block");
                    title = new LinkedHashMap<>();
                    description = new LinkedHashMap<>();
                    blocks.add(new CourseStructure.Block(iri, openBlocks.peek(), title, description));
                    openBlocks.push(blocks.size() - 1);
                }
                case "au" -> {
                    au = new AuDraft(here(), id(attributes.getValue("id"), "au"), openBlocks.peek(), attributes);
                    title = au.title;
                    description = au.description;
                }
                case "objective" -> {
                    if ("objectives".equals(parent) && attributes.getValue("id") != null) {
                        String id = attributes.getValue("id");
                        if (!iri(id)) {
                            problems.add(
                                    new Cmi5Problem(here(), "objective id '" + id + "' is not a fully qualified IRI"));
                        } else if (!objectives.add(id)) {
                            problems.add(new Cmi5Problem(here(), "objective id '" + id + "' is used twice"));
                        }
                        title = new LinkedHashMap<>();
                        description = new LinkedHashMap<>();
                    } else if (attributes.getValue("idref") != null) {
                        objectiveReferences.add(new String[] {attributes.getValue("idref"), here()});
                    }
                }
                case "title" -> texts = title;
                case "description" -> texts = description;
                case "langstring" -> {
                    lang = attributes.getValue("lang") == null ? "und" : attributes.getValue("lang");
                    text = new StringBuilder();
                }
                case "url", "launchParameters", "entitlementKey" -> text = au == null ? null : new StringBuilder();
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            path.pop();
            if (!NAMESPACE.equals(uri)) {
                return;
            }
            switch (local) {
                case "langstring" -> {
                    if (texts != null && text != null) {
                        texts.putIfAbsent(lang, text.toString().strip().replaceAll("\\s+", " "));
                    }
                    text = null;
                }
                case "url" -> {
                    if (au != null) {
                        au.url = take();
                    }
                }
                case "launchParameters" -> {
                    if (au != null) {
                        au.launchParameters = take();
                    }
                }
                case "entitlementKey" -> {
                    if (au != null) {
                        au.entitlementKey = take();
                    }
                }
                case "block" -> openBlocks.pop();
                case "au" -> {
                    if (au != null) {
                        aus.add(au.finish(packagePaths, problems));
                    }
                    au = null;
                }
                default -> {}
            }
        }

        private String take() {
            String taken = text == null ? null : text.toString().strip();
            text = null;
            return taken;
        }

        private String id(String id, String element) {
            if (id == null) {
                return "";
            }
            if (!iri(id)) {
                problems.add(new Cmi5Problem(here(), element + " id '" + id + "' is not a fully qualified IRI"));
            } else if (!ids.add(id)) {
                problems.add(new Cmi5Problem(
                        here(), element + " id '" + id + "' is already the id of another course, block or AU"));
            }
            return id;
        }

        void checkReferences() {
            for (String[] reference : objectiveReferences) {
                if (!objectives.contains(reference[0])) {
                    problems.add(new Cmi5Problem(
                            reference[1], "objective '" + reference[0] + "' is not one of the course's objectives"));
                }
            }
        }

        CourseStructure structure() {
            return new CourseStructure(courseIri, courseTitle, courseDescription, blocks, aus);
        }

        @Override
        public void error(SAXParseException e) {
            // The validation pass has named it already.
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }

    /** An AU while its element is read. */
    private static final class AuDraft {
        final String where;
        final String iri;
        final Integer block;
        final Map<String, String> title = new LinkedHashMap<>();
        final Map<String, String> description = new LinkedHashMap<>();
        final String moveOn;
        final String masteryScore;
        final String launchMethod;
        final String activityType;
        String url;
        String launchParameters;
        String entitlementKey;

        AuDraft(String where, String iri, Integer block, Attributes attributes) {
            this.where = where;
            this.iri = iri;
            this.block = block;
            this.moveOn = orElse(attributes.getValue("moveOn"), "NotApplicable");
            this.masteryScore = attributes.getValue("masteryScore");
            this.launchMethod = orElse(attributes.getValue("launchMethod"), "AnyWindow");
            this.activityType = attributes.getValue("activityType");
        }

        CourseStructure.Au finish(Set<String> packagePaths, List<Cmi5Problem> problems) {
            BigDecimal mastery = null;
            if (masteryScore != null) {
                try {
                    mastery = new BigDecimal(masteryScore.strip());
                    if (mastery.stripTrailingZeros().scale() > 4) {
                        problems.add(new Cmi5Problem(
                                where,
                                "masteryScore " + masteryScore + " has more than 4 decimal places (cmi5 13.1.4)"));
                    }
                    if (mastery.signum() < 0 || mastery.compareTo(BigDecimal.ONE) > 0) {
                        problems.add(
                                new Cmi5Problem(where, "masteryScore " + masteryScore + " is not between 0 and 1"));
                        mastery = null;
                    }
                } catch (NumberFormatException e) {
                    mastery = null; // the XSD has named it
                }
            }
            if (activityType != null && !iri(activityType)) {
                problems.add(
                        new Cmi5Problem(where, "activityType '" + activityType + "' is not a fully qualified IRI"));
            }
            String packagePath = null;
            if (url == null || url.isEmpty()) {
                url = "";
            } else if (url.length() > MAX_IRI) {
                problems.add(new Cmi5Problem(where, "url is longer than " + MAX_IRI + " characters"));
            } else if (absolute(url)) {
                packagePath = null;
            } else if (packagePaths == null) {
                problems.add(new Cmi5Problem(
                        where,
                        "url '" + url + "' is relative, but a cmi5.xml without a zip must use fully qualified urls"
                                + " (cmi5 14.2)"));
            } else {
                packagePath = PackagePaths.resolve(url).orElse(null);
                if (packagePath == null) {
                    problems.add(new Cmi5Problem(where, "url '" + url + "' does not name a file inside the package"));
                } else if (!packagePaths.contains(packagePath)) {
                    problems.add(new Cmi5Problem(
                            where, "url '" + url + "' names " + packagePath + ", which is not in the zip"));
                }
            }
            return new CourseStructure.Au(
                    iri,
                    block,
                    title,
                    description,
                    url,
                    packagePath,
                    moveOn,
                    mastery,
                    launchMethod,
                    launchParameters,
                    entitlementKey,
                    activityType);
        }

        private static String orElse(String value, String fallback) {
            return value == null ? fallback : value;
        }
    }

    /** A fully qualified IRI (cmi5 section 3: "IRIs MUST be fully qualified and not IRI references"). */
    static boolean iri(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_IRI || !value.equals(value.strip())) {
            return false;
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            return uri.isAbsolute() && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean absolute(String url) {
        return url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }
}
