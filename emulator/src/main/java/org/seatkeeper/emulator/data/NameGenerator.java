package org.seatkeeper.emulator.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Realistic company, people and place names from word lists. */
final class NameGenerator implements java.io.Serializable {

    private static final List<String> FIRST = List.of("Northwind", "Contoso", "Fabrikam", "Tailspin", "Adventure", "Blue Yonder",
            "Wingtip", "Litware", "Proseware", "Lucerne", "Alpine", "Coho", "Woodgrove", "Margie's", "Trey", "Humongous",
            "Fourth Coffee", "Wide World", "Graphic", "Southridge", "Relecloud", "Bellows", "Lamna", "Datum", "Consolidated",
            "Hollow Oak", "Silver Birch", "Redwood", "Harbor", "Granite", "Meadow", "Copper", "Summit", "Riverbend", "Oakridge",
            "Evergreen", "Lakeside", "Ironwood", "Westfield", "Brightwater", "Stonegate", "Fairview", "Kingsley", "Aurora",
            "Nordic", "Baltic", "Pioneer", "Beacon", "Crescent", "Sterling", "Juniper", "Maple", "Cedar", "Falcon", "Osprey",
            "Heron", "Polaris", "Atlas", "Vertex", "Keystone");
    private static final List<String> SECOND = List.of("Traders", "Dental", "Logistics", "Legal", "Accounting", "Engineering",
            "Architects", "Bakery", "Veterinary", "Clinic", "Construction", "Consulting", "Design", "Electric", "Foods",
            "Freight", "Health", "Insurance", "Labs", "Marine", "Media", "Motors", "Optics", "Pharmacy", "Plumbing", "Printing",
            "Realty", "Robotics", "Solar", "Studios", "Textiles", "Travel", "Wealth", "Winery", "Brewing", "Outfitters",
            "Analytics", "Dynamics", "Software", "Systems");
    private static final List<String> SUFFIX = List.of("", "", "", "Group", "Ltd", "Inc", "GmbH", "BV", "AB", "Pty Ltd",
            "Partners", "& Co", "LLC", "Holdings", "Services");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo",
            "Isla", "Jack", "Karin", "Lars", "Mia", "Noah", "Olivia", "Pieter", "Quinn", "Rosa", "Sven", "Tara", "Uma",
            "Victor", "Wendy", "Xavier", "Yara", "Zoe", "Liam", "Sofia", "Elias", "Maja");
    private static final List<String> LAST_NAMES = List.of("Andersson", "Baker", "Clarke", "de Vries", "Evans", "Fischer",
            "Garcia", "Hughes", "Jansen", "Kowalski", "Larsen", "Martin", "Nguyen", "O'Brien", "Peters", "Quinn", "Roberts",
            "Schmidt", "Taylor", "Lindqvist", "Walker", "Young", "Zimmermann", "Bakker", "Smith", "Johansson", "Murphy",
            "Wilson", "Meyer", "Visser");

    // Next number to try per slug, so thousands of similar names do not rescan taken domains.
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    String companyName(Random random) {
        String suffix = SUFFIX.get(random.nextInt(SUFFIX.size()));
        String name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()));
        return suffix.isEmpty() ? name : name + " " + suffix;
    }

    /** A unique onmicrosoft.com domain for the company (a number is appended on collision). */
    String domain(String companyName, Set<String> taken) {
        String base = slug(companyName);
        String domain = base + ".onmicrosoft.com";
        int n = nextSuffix.getOrDefault(base, 2);
        while (taken.contains(domain)) {
            domain = base + n++ + ".onmicrosoft.com";
        }
        nextSuffix.put(base, n);
        return domain;
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return slug.length() > 27 ? slug.substring(0, 27) : slug;
    }

    String firstName(Random random) {
        return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
    }

    String lastName(Random random) {
        return LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
    }

    /** Person names for the nth user of a tenant, stable without storage. */
    static String userFirstName(int n) {
        return FIRST_NAMES.get(n % FIRST_NAMES.size());
    }

    static String userLastName(int n) {
        return LAST_NAMES.get((n / FIRST_NAMES.size() + n * 7) % LAST_NAMES.size());
    }
}
