package org.seatkeeper.app.histories;

import static org.seatkeeper.db.jooq.Tables.MISMATCH_FINDING;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.seatkeeper.app.histories.HistoryWorld.ProviderSide;
import org.seatkeeper.emulator.SubscriptionView;
import org.seatkeeper.emulator.Unreadable;
import org.seatkeeper.emulator.data.Unreadables;

/**
 * What must hold after every step of every history. Each check answers the rules it found broken, one line each
 * (empty: it holds).
 */
enum BillingProperty {

    /** DOMAIN rule 1: for every subscription, the sum of its log's changes is its quantity (but for what a replacement left). */
    LOG_ADDS_UP("the log adds up") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            Map<Long, Map<String, Object>> subscriptions = o.after().rows("subscription");
            Map<Long, Integer> sums = o.world().changes.sumsOfChanges(subscriptions.keySet());
            for (var s : subscriptions.entrySet()) {
                int quantity = (Integer) s.getValue().get("quantity");
                int sum = sums.getOrDefault(s.getKey(), 0);
                int expectedOffset = o.run().logOffsets.getOrDefault(s.getKey(), 0);
                if (sum - quantity != expectedOffset) {
                    broken.add("subscription #" + s.getKey() + " (" + s.getValue().get("name") + "): log sum " + sum
                            + ", quantity " + quantity + (expectedOffset == 0 ? ""
                            : " (the replacement left a difference of " + expectedOffset + ")"));
                }
            }
            return broken;
        }
    },

    /**
     * DOMAIN rule 2: no event is removed or rewritten, but for the flags a person or billing set on it and the
     * replacement's documented moves (M's events to A; A's create rewritten, archived and marked as replacing M).
     */
    LOG_KEPT("no event is removed or rewritten") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            StepEffects effects = o.effects();
            for (var event : o.before().events().entrySet()) {
                long id = event.getKey();
                Map<String, Object> after = o.after().events().get(id);
                if (after == null) {
                    broken.add("event #" + id + " was removed: " + event.getValue());
                    continue;
                }
                Map<String, String> changed = BillingTables.changedColumns(event.getValue(), after);
                Set<String> allowed = new TreeSet<>();
                if (effects.archiveToggled().contains(id)) {
                    allowed.addAll(Set.of("archived", "archive_reason", "version"));
                }
                if (effects.invoiced().contains(id)) {
                    allowed.addAll(Set.of("invoiced", "invoice_ref", "version"));
                }
                StepEffects.Replacement r = effects.replacement();
                if (r != null && Objects.equals(event.getValue().get("subscription_id"), r.manualId())
                        && !"CREATE".equals(event.getValue().get("event_type"))) {
                    allowed.addAll(Set.of("subscription_id", "moved_from_subscription_id", "version"));
                    if (!Objects.equals(after.get("subscription_id"), r.automaticId())
                            || !Objects.equals(after.get("moved_from_subscription_id"), r.manualId())) {
                        broken.add("event #" + id + " of the manual subscription was not moved to the automatic one: "
                                + changed);
                    }
                }
                if (r != null && Objects.equals(event.getValue().get("subscription_id"), r.automaticId())
                        && "CREATE".equals(event.getValue().get("event_type"))) {
                    allowed.addAll(Set.of("quantity_change", "quantity_after", "effective_date", "archived",
                            "archive_reason", "replaces_subscription_id", "version"));
                    if (!Boolean.TRUE.equals(after.get("archived"))
                            || !Objects.equals(after.get("replaces_subscription_id"), r.manualId())) {
                        broken.add("the automatic subscription's create event #" + id + " was not archived as the "
                                + "replacement of #" + r.manualId() + ": " + changed);
                    }
                }
                Set<String> forbidden = new TreeSet<>(changed.keySet());
                forbidden.removeAll(allowed);
                if (!forbidden.isEmpty()) {
                    Map<String, String> shown = new TreeMap<>(changed);
                    shown.keySet().retainAll(forbidden);
                    broken.add("event #" + id + " (" + event.getValue().get("event_type") + ") was rewritten: " + shown);
                }
            }
            return broken;
        }
    },

    /** DOMAIN rule 3: a sync with nothing changed since the last one writes no row of the billing tables. */
    QUIET_SYNC_WRITES_NOTHING("an unchanged night writes nothing") {
        @Override
        List<String> check(Observation o) {
            return o.effects().quiet() ? o.after().differencesFrom(o.before()) : List.of();
        }
    },

    /** After a completed sync, each subscription of a mapped account has the provider's quantity and status. */
    FOLLOWS_PROVIDER("Seatkeeper's quantity and status are the provider's") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            forEachReadable(o, (side, view, row) -> {
                String expectedStatus = view.reported() ? status(view.status()) : "DEACTIVATED";
                if (expectedStatus == null) {
                    return;
                }
                int expectedQuantity = expectedStatus.equals("DEACTIVATED") ? 0 : view.quantity();
                if (row == null) {
                    if (view.reported()) {
                        broken.add(side.api + " subscription " + view.subscriptionId() + " is not in Seatkeeper");
                    }
                    return;
                }
                if (!expectedStatus.equals(row.get("status")) || expectedQuantity != (Integer) row.get("quantity")) {
                    broken.add(side.api + " subscription " + view.subscriptionId() + " is " + view.status() + " x"
                            + view.quantity() + (view.reported() ? "" : " (no longer reported)") + " at the provider,"
                            + " " + row.get("status") + " x" + row.get("quantity") + " in Seatkeeper (#"
                            + row.get("id") + ")");
                }
            });
            return broken;
        }
    },

    /**
     * After a completed sync, each subscription's product is the provider's offer and term. The name is the
     * provider's, or the cut of a too-long name the provider sent for it: a catalog product keeps the name of the
     * record it was created from, and a record whose name is too long is cut to the column, not rejected (issue #14
     * item 1; FINDINGS F7: an Ion offer change to a new product, sent with a 1,000-character name).
     */
    FOLLOWS_PRODUCT("Seatkeeper's product is the provider's") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            forEachReadable(o, (side, view, row) -> {
                if (row == null || !view.reported()) {
                    return;
                }
                var product = o.world().db.dsl().selectFrom(PRODUCT)
                        .where(PRODUCT.ID.eq((Long) row.get("product_id"))).fetchOne();
                if (product == null || !view.term().equals(product.getTerm())
                        || !providersName(view.productName(), product.getName())) {
                    broken.add(side.api + " subscription " + view.subscriptionId() + " is " + view.productName()
                            + " " + view.term() + " at the provider; Seatkeeper's #" + row.get("id") + " has "
                            + (product == null ? "no product" : "product #" + product.getId() + " "
                            + product.getName() + " " + product.getTerm() + " (" + product.getOfferId() + ")"));
                }
            });
            return broken;
        }
    },

    /**
     * After a completed sync, what Seatkeeper bills a live subscription's licenses from costs what the provider
     * charges: the subscription's own cost when it has one, else its product's, in the provider's currency.
     *
     * <p>Only subscriptions the provider still bills (not deleted, cancelled or expired) are compared. A deactivated
     * subscription bills nothing: the sync keeps the cost its last licenses were billed at and writes no PRICE_CHANGE
     * into a log that has ended; if it comes back, the reactivating sync takes the provider's cost then, with the
     * PRICE_CHANGE that dates it (FINDINGS F5: a Pax8 subscription priced after it was cancelled).
     */
    FOLLOWS_COST("Seatkeeper's cost is the provider's") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            forEachReadable(o, (side, view, row) -> {
                if (row == null || !view.reported() || view.cost() == null
                        || "DEACTIVATED".equals(status(view.status()))) {
                    return;
                }
                var product = o.world().db.dsl().selectFrom(PRODUCT)
                        .where(PRODUCT.ID.eq((Long) row.get("product_id"))).fetchOne();
                BigDecimal cost = row.get("unit_cost") != null ? (BigDecimal) row.get("unit_cost")
                        : product == null ? null : product.getUnitCost();
                String currency = row.get("currency") != null ? (String) row.get("currency")
                        : product == null ? null : product.getCurrency();
                if (cost == null || cost.compareTo(view.cost()) != 0 || !view.currency().equals(currency)) {
                    broken.add(side.api + " subscription " + view.subscriptionId() + " costs " + view.cost() + " "
                            + view.currency() + " at the provider; Seatkeeper's #" + row.get("id") + " costs " + cost
                            + " " + currency);
                }
            });
            return broken;
        }
    },

    /** A record the sync cannot read leaves its subscription and its log exactly as they were. */
    REJECTED_RECORD_CHANGES_NOTHING("a rejected record changes nothing") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            for (long id : o.effects().rejected()) {
                Map<String, Object> before = o.before().rows("subscription").get(id);
                Map<String, Object> after = o.after().rows("subscription").get(id);
                if (!Objects.equals(before, after)) {
                    broken.add("subscription #" + id + " was rewritten: " + BillingTables.changedColumns(before, after));
                }
                List<Map<String, Object>> eventsBefore = eventsOf(o.before(), id);
                List<Map<String, Object>> eventsAfter = eventsOf(o.after(), id);
                if (!eventsBefore.equals(eventsAfter)) {
                    List<Map<String, Object>> added = new ArrayList<>(eventsAfter);
                    added.removeAll(eventsBefore);
                    broken.add("subscription #" + id + " got events " + added.stream()
                            .map(e -> e.get("event_type") + " " + e.get("quantity_change")).toList());
                }
            }
            return broken;
        }
    },

    /**
     * A license billed on the manual subscription is not billed again on the automatic one that replaced it: the
     * automatic subscription's create event stays archived (un-archiving it is refused; issue #14, item 6).
     */
    REPLACEMENT_BILLED_ONCE("a replaced license is billed once") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            for (long id : o.run().replacedCreates) {
                Map<String, Object> event = o.after().events().get(id);
                if (event != null && !Boolean.TRUE.equals(event.get("archived"))) {
                    broken.add("create event #" + id + " of automatic subscription #" + event.get("subscription_id")
                            + " is billable again after it replaced a manual subscription whose create was billed");
                }
            }
            return broken;
        }
    },

    /**
     * Every timeline adds up: read in date order (ties in the order recorded), each event's "quantity after" is the
     * sum of the changes up to it, and no event is dated after the day it was recorded (issue #14, item 5). A log a
     * replacement left not adding up is left out until someone corrects it.
     */
    TIMELINE_ADDS_UP("every timeline adds up") {
        @Override
        List<String> check(Observation o) {
            List<String> broken = new ArrayList<>();
            Map<Long, List<Map<String, Object>>> logs = new TreeMap<>();
            for (Map<String, Object> e : o.after().events().values()) {
                logs.computeIfAbsent((Long) e.get("subscription_id"), k -> new ArrayList<>()).add(e);
            }
            for (var log : logs.entrySet()) {
                if (o.run().logOffsets.getOrDefault(log.getKey(), 0) != 0) {
                    continue;
                }
                List<Map<String, Object>> events = new ArrayList<>(log.getValue());
                events.sort(Comparator.comparing((Map<String, Object> e) -> (LocalDate) e.get("effective_date"))
                        .thenComparing(e -> (Long) e.get("id")));
                int sum = 0;
                for (Map<String, Object> e : events) {
                    sum += (Integer) e.get("quantity_change");
                    LocalDate recordedOn = ((Instant) e.get("recorded_at")).atOffset(ZoneOffset.UTC).toLocalDate();
                    if (((LocalDate) e.get("effective_date")).isAfter(recordedOn)) {
                        broken.add("subscription #" + log.getKey() + ": event #" + e.get("id") + " "
                                + e.get("event_type") + " recorded on " + recordedOn + " is dated " + e.get("effective_date"));
                    }
                    if (sum != (Integer) e.get("quantity_after")) {
                        broken.add("subscription #" + log.getKey() + ": event #" + e.get("id") + " " + e.get("event_type")
                                + " " + e.get("quantity_change") + " on " + e.get("effective_date") + " says "
                                + e.get("quantity_after") + " after it; the timeline adds up to " + sum + ": "
                                + events.stream().map(x -> x.get("effective_date") + " " + x.get("event_type") + " "
                                + x.get("quantity_change") + "=" + x.get("quantity_after")).toList());
                        break;
                    }
                }
            }
            return broken;
        }
    },

    /**
     * After a night's reconciliation, "provider data unreadable" is open exactly for the subscriptions whose record
     * the night's sync could not read (issue #14, item 1).
     */
    UNREADABLE_FINDINGS("a finding exactly where a record was unreadable") {
        @Override
        List<String> check(Observation o) {
            if (!o.effects().synced()) {
                return List.of();
            }
            List<String> broken = new ArrayList<>();
            compare(broken, "UNREADABLE SUBSCRIPTION", openFindings(o), new TreeSet<>(o.effects().rejected()));
            return broken;
        }
    },

    /**
     * After a night's reconciliation, findings are exactly where differences were injected: the log-integrity check
     * lists exactly the subscriptions a replacement left not adding up, the unmapped check exactly the unmapped
     * accounts, and no provider-vs-Seatkeeper, status or ghost finding is open right after a completed sync.
     */
    FINDINGS_WHERE_INJECTED("findings are exactly where differences were injected") {
        @Override
        List<String> check(Observation o) {
            if (!o.effects().synced()) {
                return List.of();
            }
            List<String> broken = new ArrayList<>();
            Map<String, Set<Long>> open = openFindings(o);
            Set<Long> notAddingUp = new TreeSet<>();
            o.run().logOffsets.forEach((id, offset) -> {
                if (offset != 0) {
                    notAddingUp.add(id);
                }
            });
            compare(broken, "LOG_INTEGRITY", open, notAddingUp);
            Set<Long> unmapped = o.world().sides.stream().filter(s -> !s.mapped).map(s -> s.accountId)
                    .collect(Collectors.toCollection(TreeSet::new));
            compare(broken, "UNMAPPED PROVIDER_ACCOUNT", open, unmapped);
            for (String check : List.of("PROVIDER_VS_SEATKEEPER SUBSCRIPTION", "STATUS SUBSCRIPTION",
                    "GHOST SUBSCRIPTION")) {
                compare(broken, check, open, Set.of());
            }
            return broken;
        }
    };

    private final String description;

    BillingProperty(String description) {
        this.description = description;
    }

    abstract List<String> check(Observation o);

    @Override
    public String toString() {
        return name() + " (" + description + ")";
    }

    /** The world after a step, the billing tables before and after it, and what the step did. */
    record Observation(HistoryWorld world, HistoryRun run, BillingTables before, BillingTables after,
                       StepEffects effects) {
    }

    private interface SubscriptionCheck {
        void check(ProviderSide side, SubscriptionView view, Map<String, Object> seatkeeperRow);
    }

    /**
     * After a completed sync: every subscription of every mapped account, as the provider holds it, whose record can
     * be read, with Seatkeeper's row of it (null when there is none). A record whose name is too long for its column is
     * readable: the sync cuts the name (issue #14, item 1).
     */
    private static void forEachReadable(Observation o, SubscriptionCheck check) {
        if (!o.effects().synced()) {
            return;
        }
        for (ProviderSide side : o.world().sides) {
            if (!side.mapped) {
                continue;
            }
            for (String id : side.subscriptionIds) {
                SubscriptionView view = o.world().control.subscription(side.api, id);
                if (view.reported() && view.unreadable() != null && view.unreadable() != Unreadable.NAME) {
                    continue;
                }
                Long seatkeeperId = HistoryRun.seatkeeperId(o.world(), side, view).orElse(null);
                check.check(side, view, seatkeeperId == null ? null : o.after().rows("subscription").get(seatkeeperId));
            }
        }
    }

    /** The provider's product name, or what the sync cut from it when the provider sent it too long (300 characters). */
    private static boolean providersName(String providers, String seatkeepers) {
        String cut = Unreadables.longName(providers).strip();
        return providers.equalsIgnoreCase(seatkeepers)
                || cut.substring(0, Math.min(300, cut.length())).strip().equalsIgnoreCase(seatkeepers.strip());
    }

    /** The provider's status spelling as Seatkeeper's; null for one whose meaning is not settled (Pax8 PendingCancel). */
    private static String status(String providerStatus) {
        return switch (providerStatus.toLowerCase()) {
            case "active", "activated" -> "ACTIVE";
            case "suspended" -> "SUSPENDED";
            case "deleted", "cancelled", "canceled", "expired" -> "DEACTIVATED";
            default -> null;
        };
    }

    private static List<Map<String, Object>> eventsOf(BillingTables tables, long subscriptionId) {
        return tables.events().values().stream()
                .filter(e -> Objects.equals(e.get("subscription_id"), subscriptionId)).toList();
    }

    /** Open findings by "CHECK SUBJECT_TYPE" (and by check alone), their subject ids. */
    private static Map<String, Set<Long>> openFindings(Observation o) {
        Map<String, Set<Long>> open = new TreeMap<>();
        for (var f : o.world().db.dsl().select(MISMATCH_FINDING.CHECK_KIND, MISMATCH_FINDING.SUBJECT_TYPE,
                MISMATCH_FINDING.SUBJECT_ID).from(MISMATCH_FINDING).where(MISMATCH_FINDING.RESOLVED_AT.isNull()).fetch()) {
            open.computeIfAbsent(f.value1() + " " + f.value2(), k -> new TreeSet<>()).add(f.value3());
            open.computeIfAbsent(f.value1(), k -> new TreeSet<>()).add(f.value3());
        }
        return open;
    }

    private static void compare(List<String> broken, String check, Map<String, Set<Long>> open, Set<Long> expected) {
        Set<Long> found = open.getOrDefault(check, Set.of());
        if (!found.equals(expected)) {
            broken.add(check + ": open for " + found + ", expected for " + expected);
        }
    }

    static Set<BillingProperty> all() {
        return Set.of(values());
    }
}
