package org.seatkeeper.db.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Compares company names and domains the way a person would: case, accents, punctuation and legal forms ignored. */
public final class CompanyNames {

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp",
            "gmbh", "ag", "ab", "as", "asa", "oy", "bv", "nv", "sa", "sas", "sarl", "srl", "spa", "pty", "plc", "co",
            "corp", "corporation", "company", "kg", "kft", "sro", "aps", "the", "and", "group");

    private static final Set<String> TENANT_SUFFIXES = Set.of("onmicrosoft.com", "mail.onmicrosoft.com");

    private CompanyNames() {
    }

    /** "ACME, Inc." and "Acme Inc" both become [acme]. */
    public static Set<String> tokens(String name) {
        if (name == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        Set<String> tokens = new LinkedHashSet<>(Arrays.asList(plain.split(" ")));
        tokens.remove("");
        Set<String> meaningful = new LinkedHashSet<>(tokens);
        meaningful.removeAll(LEGAL_FORMS);
        // "The Company Ltd" is all legal words: keep them rather than compare nothing
        return meaningful.isEmpty() ? tokens : meaningful;
    }

    /** Token overlap (Jaccard) of the two normalised names, 0..1. */
    public static double nameSimilarity(String a, String b) {
        Set<String> left = tokens(a);
        Set<String> right = tokens(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        if (String.join("", left).equals(String.join("", right))) {
            return 1;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        return (double) common.size() / union.size();
    }

    /**
     * "contoso.com" for "Contoso.com", "https://www.contoso.com/about" and "www.contoso.com:443": a PSA keeps a
     * company's website where a provider keeps a domain.
     */
    public static String normaliseDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        d = d.replaceFirst("[/?#].*$", "").replaceFirst(":[0-9]*$", "").replaceFirst("^www\\.", "");
        return d.isEmpty() ? null : d;
    }

    /** "contoso" for contoso.com, contoso.co.uk and contoso.onmicrosoft.com. */
    public static String domainLabel(String domain) {
        String d = normaliseDomain(domain);
        if (d == null) {
            return null;
        }
        for (String suffix : TENANT_SUFFIXES) {
            if (d.endsWith("." + suffix)) {
                return d.substring(0, d.length() - suffix.length() - 1);
            }
        }
        int dot = d.indexOf('.');
        return dot < 0 ? d : d.substring(0, dot);
    }

    /** The name squeezed to letters and digits, to compare with a domain label: "Contoso Ltd" -> "contoso". */
    public static String compact(String name) {
        return String.join("", tokens(name));
    }
}
