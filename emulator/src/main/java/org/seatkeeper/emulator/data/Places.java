package org.seatkeeper.emulator.data;

import java.util.List;
import java.util.Random;

/** Countries with plausible cities, states, postal codes and phone numbers. */
final class Places implements java.io.Serializable {

    record Place(String country, String city, String state, String postalCode, String phonePrefix) implements java.io.Serializable {
    }

    private static final List<Place> PLACES = List.of(
            new Place("US", "Seattle", "WA", "98101", "+1 206"), new Place("US", "Austin", "TX", "78701", "+1 512"),
            new Place("US", "Boston", "MA", "02110", "+1 617"), new Place("US", "Denver", "CO", "80202", "+1 303"),
            new Place("US", "Chicago", "IL", "60601", "+1 312"), new Place("US", "Atlanta", "GA", "30303", "+1 404"),
            new Place("GB", "London", "", "EC1A 1BB", "+44 20"), new Place("GB", "Manchester", "", "M1 1AE", "+44 161"),
            new Place("GB", "Leeds", "", "LS1 4AP", "+44 113"),
            new Place("DE", "Berlin", "", "10115", "+49 30"), new Place("DE", "Munich", "", "80331", "+49 89"),
            new Place("DE", "Hamburg", "", "20095", "+49 40"),
            new Place("NL", "Amsterdam", "", "1012 AB", "+31 20"), new Place("NL", "Utrecht", "", "3511 AA", "+31 30"),
            new Place("SE", "Stockholm", "", "111 22", "+46 8"), new Place("SE", "Gothenburg", "", "411 03", "+46 31"),
            new Place("AU", "Sydney", "NSW", "2000", "+61 2"), new Place("AU", "Melbourne", "VIC", "3000", "+61 3"),
            new Place("CA", "Toronto", "ON", "M5H 2N2", "+1 416"), new Place("CA", "Vancouver", "BC", "V6B 1A1", "+1 604"),
            new Place("FR", "Paris", "", "75001", "+33 1"));
    // Cumulative-free weights: mostly US/GB/DE/NL/SE/AU/CA.
    private static final int[] WEIGHTS = {6, 5, 5, 4, 4, 3, 7, 4, 3, 5, 4, 3, 5, 3, 5, 3, 4, 3, 4, 3, 3};
    private static final int TOTAL = java.util.Arrays.stream(WEIGHTS).sum();
    private static final List<String> STREETS = List.of("Main Street", "High Street", "Station Road", "Park Avenue",
            "Hauptstraße", "Kerkstraat", "Storgatan", "George Street", "King Street", "Rue de Rivoli", "Market Street",
            "Harbour Road", "Church Lane", "Mill Road", "Queen Street");

    Place pick(Random random) {
        int n = random.nextInt(TOTAL);
        for (int i = 0; i < WEIGHTS.length; i++) {
            n -= WEIGHTS[i];
            if (n < 0) {
                return PLACES.get(i);
            }
        }
        return PLACES.get(0);
    }

    Place inCountry(String country, Random random) {
        List<Place> matching = PLACES.stream().filter(p -> p.country().equals(country)).toList();
        if (matching.isEmpty()) {
            return new Place(country, "Capital City", "", "10000", "+1 555");
        }
        return matching.get(random.nextInt(matching.size()));
    }

    String street(Random random) {
        return (1 + random.nextInt(250)) + " " + STREETS.get(random.nextInt(STREETS.size()));
    }
}
