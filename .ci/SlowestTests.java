import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints where the test suite's time goes, from the surefire and failsafe XML reports a `mvn -B verify` left:
 * seconds per module and kind (unit / integration), then the slowest test classes and the slowest single tests.
 * Run by .ci/run after the build; by hand: `java .ci/SlowestTests.java [how many, default 15]` from the repository root.
 * A single-file Java program, so CI needs nothing beyond Java 17 and Maven.
 */
public class SlowestTests {

    record Timed(String module, String kind, String name, double seconds) {}

    public static void main(String[] args) throws Exception {
        int top = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Timed> classes = new ArrayList<>();
        List<Timed> tests = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of("."))) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                read(module, "surefire-reports", "unit", classes, tests);
                read(module, "failsafe-reports", "integration", classes, tests);
            }
        }
        if (classes.isEmpty()) {
            System.out.println("slowest tests: no surefire or failsafe reports under */target");
            return;
        }
        Map<String, double[]> perModule = new TreeMap<>();
        classes.forEach(c -> perModule.computeIfAbsent(c.module() + " " + c.kind(), k -> new double[2])[0] += c.seconds());
        classes.forEach(c -> perModule.get(c.module() + " " + c.kind())[1]++);
        System.out.println("Test time per module (seconds inside the test JVMs; compiling and packaging not included):");
        perModule.forEach((key, v) -> System.out.printf("  %-28s %7.1f s in %3d classes%n", key, v[0], (int) v[1]));
        System.out.printf("  %-28s %7.1f s in %3d classes, %d tests%n", "all",
                classes.stream().mapToDouble(Timed::seconds).sum(), classes.size(), tests.size());
        print("The " + top + " slowest test classes:", classes, top);
        print("The " + top + " slowest tests:", tests, top);
    }

    private static void read(Path module, String reports, String kind, List<Timed> classes, List<Timed> tests)
            throws Exception {
        Path dir = module.resolve("target").resolve(reports);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        String name = module.getFileName().toString();
        for (Path file : files) {
            Element suite;
            try {
                suite = builder.parse(file.toFile()).getDocumentElement();
            } catch (IOException | org.xml.sax.SAXException unreadable) {
                System.out.println("slowest tests: skipped unreadable " + file + " (" + unreadable.getMessage() + ")");
                continue;
            }
            classes.add(new Timed(name, kind, simple(suite.getAttribute("name")), seconds(suite.getAttribute("time"))));
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element c = (Element) cases.item(i);
                tests.add(new Timed(name, kind, simple(c.getAttribute("classname")) + "." + c.getAttribute("name"),
                        seconds(c.getAttribute("time"))));
            }
        }
    }

    private static void print(String title, List<Timed> timed, int top) {
        System.out.println(title);
        timed.stream().sorted(Comparator.comparingDouble(Timed::seconds).reversed()).limit(top)
                .forEach(t -> System.out.printf("  %7.1f s  %-9s %-11s %s%n", t.seconds(), t.module(), t.kind(), t.name()));
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static double seconds(String text) {
        try {
            return text.isBlank() ? 0 : Double.parseDouble(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
