package org.seatkeeper.db.matching;

/**
 * How likely two records name the same company, from their names and domains (a provider account and a customer, a
 * customer and a PSA company): the same domain first, then the same domain label, then a similar name. Pure.
 *
 * @param score  0..1, higher is likelier; below {@link #MINIMUM_SCORE} it is not worth suggesting
 * @param reason why, for the page ("same domain", "similar domain", "similar name")
 */
public record CompanyMatch(double score, String reason) {

    /** Below this a match is noise, not a suggestion. */
    public static final double MINIMUM_SCORE = 0.4;
    /** Same or similar domain: a page may tick it for the person, who still reviews it. */
    public static final double LIKELY = 0.9;

    public static CompanyMatch of(String name, String domain, String otherName, String otherDomain) {
        String left = CompanyNames.normaliseDomain(domain);
        String right = CompanyNames.normaliseDomain(otherDomain);
        if (left != null && left.equals(right)) {
            return new CompanyMatch(1.0, "same domain");
        }
        String leftLabel = CompanyNames.domainLabel(left);
        String rightLabel = CompanyNames.domainLabel(right);
        if (leftLabel != null && leftLabel.equals(rightLabel)) {
            return new CompanyMatch(LIKELY, "similar domain");
        }
        // names weigh less than domains: two companies may share a name, never a verified domain
        double score = 0.85 * CompanyNames.nameSimilarity(name, otherName);
        if (leftLabel != null && leftLabel.equals(CompanyNames.compact(otherName))
                || rightLabel != null && rightLabel.equals(CompanyNames.compact(name))) {
            score = Math.max(score, 0.8);
        }
        return new CompanyMatch(score, "similar name");
    }

    public boolean worthSuggesting() {
        return score >= MINIMUM_SCORE;
    }

    public boolean likely() {
        return score >= LIKELY;
    }
}
