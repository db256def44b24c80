package org.seatkeeper.app.psasync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.ConnectedPsa;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.support.SyncedPartnerCenter;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.psa.AdditionDrafts;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psabilling.BillingProfileDetails;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.QuantitySource;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.PsaAdditionEdit;
import org.seatkeeper.emulator.PsaAdditionView;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/**
 * The daily PSA sync through the pages, against the emulated Partner Center, Graph and ConnectWise: each journey takes
 * its own customer, whose licenses are linked (given) on a ConnectWise agreement of its own, then previews, syncs now,
 * changes, edits in ConnectWise, takes over and removes, and looks at what the emulated ConnectWise holds.
 */
class PsaSyncJourneysIT {

    private static final Pattern RUN = Pattern.compile("run #(\\d+)");
    private static ProviderEmulator emulator;
    private static RunningApp app;
    private static List<ProviderAccount> accounts;
    private static DSLContext dsl;
    private WebClient browser;

    /** A customer with its licenses linked on an agreement of its own. */
    private record Ready(long customerId, long agreementId, List<Long> linkIds, List<TenantLicense> licenses, long profileId) {
    }

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(5).withProspects(0));
        app = RunningApp.start();
        dsl = app.application().context().database().dsl();
        accounts = SyncedPartnerCenter.addAndSyncAccounts(app, emulator);
        ConnectedPsa.connectAndRefresh(app, emulator);
    }

    @AfterAll
    static void stop() {
        app.close();
        emulator.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        browser = RunningApp.browser();
        browser.setRefreshHandler((page, url, seconds) -> { });
        app.signInAsAdmin(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldWriteOnlyDifferencesReportAHandEditTakeOverAndCancelARemovedLinksAddition() throws Exception {
        // given a customer whose license is linked on a prorating agreement
        Ready ready = ready(accounts.get(0), true, 1);
        long linkId = ready.linkIds().get(0);
        String marker = AdditionDrafts.marker(ready.licenses().get(0).id(), ready.profileId());

        // when its PSA sync page is opened: the one addition to add is previewed, nothing is written
        HtmlPage preview = syncPage(ready);
        assertThat(preview.getElementById("write-count").asNormalizedText()).isEqualTo("1 write to make.");
        int wanted = Integer.parseInt(cell(preview, linkId, 5));
        assertThat(cell(preview, linkId, 6)).startsWith("Add " + wanted + " × ");
        assertThat(additions(ready)).isEmpty();

        // when "Sync now" is pressed: exactly that addition arrives in the agreement, with the marker
        syncNow(preview);
        assertThat(additions(ready)).singleElement().satisfies(a -> {
            assertThat(a.quantity()).isEqualTo(wanted);
            assertThat(a.description()).contains(marker);
            assertThat(a.cancelledDate()).isNull();
        });

        // when nothing changed and it runs again: nothing to write, and nothing is written
        List<PsaAdditionView> before = additions(ready);
        HtmlPage again = syncPage(ready);
        assertThat(again.getElementById("write-count").asNormalizedText()).isEqualTo("0 writes to make.");
        assertThat(cell(again, linkId, 3)).isEqualTo("in sync");
        syncNow(again);
        assertThat(additions(ready)).isEqualTo(before);

        // when the quantity billed changes (the link's minimum, through the link page)
        setMinimum(ready, linkId, wanted + 3);

        // then one change is written: the old addition ends the day before, the new one bills from the day
        HtmlPage change = syncPage(ready);
        assertThat(cell(change, linkId, 6)).contains("Add " + (wanted + 3) + " × ").contains("Cancel addition #" + before.get(0).id());
        syncNow(change);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<PsaAdditionView> changed = additions(ready);
        assertThat(changed).hasSize(2);
        assertThat(changed.get(0).cancelledDate()).isEqualTo(today.minusDays(1));
        assertThat(changed.get(1).quantity()).isEqualTo(wanted + 3);
        assertThat(changed.get(1).effectiveDate()).isEqualTo(today);
        assertThat(changed.get(1).cancelledDate()).isNull();

        // when someone changes the addition by hand in ConnectWise and the sync runs
        emulator.control().editPsaAddition(ready.agreementId(), changed.get(1).id(), PsaAdditionEdit.quantity(wanted + 10));
        syncNow(syncPage(ready));

        // then the hand edit stays, and it is reported on the page, as a notification and as a mismatch
        assertThat(live(ready)).singleElement().satisfies(a -> assertThat(a.quantity()).isEqualTo(wanted + 10));
        HtmlPage edited = syncPage(ready);
        assertThat(cell(edited, linkId, 3)).isEqualTo("edited in ConnectWise");
        assertThat(cell(edited, linkId, 6)).contains("was changed in ConnectWise").contains("quantity " + (wanted + 10));
        assertThat(browser.<HtmlPage>getPage(app.url("/notifications")).asNormalizedText()).contains("Edited in ConnectWise");
        // and the morning report lists it among the links that need a person, linking to where it is resolved
        HtmlAnchor inReport = morningReportLine(ready, linkId);
        assertThat(inReport).as("the link in the morning report's section-psa-links").isNotNull();
        assertThat(inReport.asNormalizedText()).contains("edited by hand in ConnectWise");
        assertThat(cell(inReport.click(), linkId, 3)).isEqualTo("edited in ConnectWise");

        // when a seat is left unassigned in the tenant, its licenses read again, and the reconciliation runs
        TenantLicense license = ready.licenses().get(0);
        assertThat(license.purchased()).isPositive();
        emulator.control().setAssignedLicences(accounts.get(0).tenantId(), license.skuId(), license.purchased() - 1);
        await(submit(browser.<HtmlPage>getPage(app.url("/customers/" + ready.customerId() + "/licenses"))
                .getFirstByXPath("//form[contains(@action,'/licenses/refresh')]")));
        reconcile();

        // then the report has the PSA finding (ConnectWise bills the hand-edited quantity) and the idle seat
        String mismatches = browser.<HtmlPage>getPage(app.url("/mismatches")).asNormalizedText();
        assertThat(mismatches).contains("PSA vs Seatkeeper").contains("ConnectWise bills " + (wanted + 10))
                .contains("seats are assigned to nobody");

        // when Seatkeeper's value is to be written without ticking the confirmation: refused, nothing written
        HtmlForm overwrite = edited.getFirstByXPath("//form[@id='overwrite-" + linkId + "']");
        HtmlPage refused = submit(overwrite);
        assertThat(refused.asNormalizedText()).contains("Tick the confirmation");
        assertThat(live(ready)).singleElement().satisfies(a -> assertThat(a.quantity()).isEqualTo(wanted + 10));

        // when it is confirmed: Seatkeeper's quantity is billed again
        HtmlForm confirmed = refused.getFirstByXPath("//form[@id='overwrite-" + linkId + "']");
        confirmed.<HtmlCheckBoxInput>getInputByName("confirm").setChecked(true);
        await(submit(confirmed));
        assertThat(live(ready)).singleElement().satisfies(a -> assertThat(a.quantity()).isEqualTo(wanted + 3));
        assertThat(cell(syncPage(ready), linkId, 3)).isEqualTo("in sync");
        assertThat(morningReportLine(ready, linkId)).isNull();

        // when "Remove" is pressed on the link's own page: it asks first, naming the addition the next sync cancels
        PsaAdditionView owned = live(ready).get(0);
        HtmlPage linkPage = browser.getPage(app.url("/customers/" + ready.customerId() + "/licenses/"
                + ready.licenses().get(0).id() + "/links/" + linkId));
        HtmlPage asked = linkPage.<HtmlAnchor>getHtmlElementById("remove-link").click();
        assertThat(asked.getElementById("removal-consequence").asNormalizedText())
                .contains("cancels addition #" + owned.id() + " (quantity " + owned.quantity() + ")");
        assertThat(new LicenseLinkRepository(dsl).find(linkId)).isPresent();

        // when it is confirmed: the link is gone, and the customer's PSA sync page previews the one cancel
        HtmlPage removed = submit(asked.getFirstByXPath("//form[@id='confirm-removal']"));
        assertThat(removed.getUrl().getPath()).isEqualTo("/customers/" + ready.customerId() + "/licenses/psa-sync");
        assertThat(removed.asNormalizedText()).contains("is removed. The next PSA sync cancels its ConnectWise addition");
        assertThat(removed.getElementById("write-count").asNormalizedText()).isEqualTo("1 write to make.");
        assertThat(cell(removed, linkId, 3)).isEqualTo("link removed");
        assertThat(cell(removed, linkId, 6)).startsWith("Cancel addition #" + owned.id());

        // when "Sync now" is pressed: the addition gets its cancel date (the day before, or the day it began when that
        // was today: it then bills nothing more), and none of the link's is left billing
        syncNow(removed);
        LocalDate cancelDate = owned.effectiveDate().isAfter(today.minusDays(1)) ? owned.effectiveDate() : today.minusDays(1);
        assertThat(additions(ready)).filteredOn(a -> a.id() == owned.id()).singleElement()
                .satisfies(a -> assertThat(a.cancelledDate()).isEqualTo(cancelDate));
        assertThat(live(ready)).isEmpty();

        // and a second run has nothing to write, and writes nothing
        List<PsaAdditionView> settled = additions(ready);
        HtmlPage quiet = syncPage(ready);
        assertThat(quiet.getElementById("write-count").asNormalizedText()).isEqualTo("0 writes to make.");
        syncNow(quiet);
        assertThat(additions(ready)).isEqualTo(settled);
        assertThat(browser.<HtmlPage>getPage(app.url("/audit")).asNormalizedText())
                .contains("no longer billed through Sync journey " + ready.customerId());
    }

    @Test
    void shouldChangeTheAdditionInPlaceWhereTheAgreementDoesNotProrate() throws Exception {
        Ready ready = ready(accounts.get(1), false, 1);
        long linkId = ready.linkIds().get(0);
        syncNow(syncPage(ready));
        PsaAdditionView first = additions(ready).get(0);

        setMinimum(ready, linkId, first.quantity() + 2);
        HtmlPage change = syncPage(ready);
        assertThat(cell(change, linkId, 6)).isEqualTo("Change addition #" + first.id() + ": quantity " + first.quantity()
                + " → " + (first.quantity() + 2));
        syncNow(change);

        assertThat(additions(ready)).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(first.id());
            assertThat(a.quantity()).isEqualTo(first.quantity() + 2);
            assertThat(a.cancelledDate()).isNull();
        });
    }

    @Test
    void shouldLeaveExactlyOneAdditionPerLinkWhenARunCutOffAfterAWriteIsRestarted() throws Exception {
        // given two licenses linked on one agreement
        Ready ready = ready(accounts.get(2), true, 2);
        HtmlPage preview = syncPage(ready);
        assertThat(preview.getElementById("write-count").asNormalizedText()).isEqualTo("2 writes to make.");

        // when ConnectWise goes down right after the first addition was written (the read, one POST): every later
        // request answers 503, the retries give up, the run fails with the chunk's records rolled back
        // (the redirect after "Sync now" is not followed: the page it leads to would read ConnectWise too)
        emulator.control().failAfter(Api.CONNECTWISE, 2, 503);
        browser.getOptions().setRedirectEnabled(false);
        preview.<HtmlForm>getFirstByXPath("//form[@id='sync-now']").<HtmlButton>getFirstByXPath(".//button[@type='submit']")
                .click();
        browser.getOptions().setRedirectEnabled(true);
        long failed = app.application().jobs().history().recent(PsaLicenseSyncJobConfiguration.JOB_NAME, null, 1).get(0)
                .executionId();
        assertThat(app.application().jobs().runner().awaitCompletion(failed, Duration.ofSeconds(60))).isEqualTo(BatchStatus.FAILED);
        emulator.control().clearFaults(Api.CONNECTWISE);
        // the first addition is in ConnectWise, though the run's record of it was rolled back with its chunk
        assertThat(additions(ready)).hasSize(1);

        // when the failed run is restarted from the Jobs page
        HtmlPage run = browser.getPage(app.url("/jobs/" + failed));
        HtmlPage restarted = submit(run.getFirstByXPath("//form[contains(@action,'/restart')]"));
        long again = Long.parseLong(restarted.getUrl().getPath().replaceAll(".*/", ""));
        assertThat(app.application().jobs().runner().awaitCompletion(again, Duration.ofSeconds(60))).isEqualTo(BatchStatus.COMPLETED);

        // then each link has exactly one addition: the first found by its marker, not written again
        List<PsaAdditionView> after = additions(ready);
        assertThat(after).hasSize(2).allSatisfy(a -> assertThat(a.cancelledDate()).isNull());
        for (TenantLicense license : ready.licenses()) {
            assertThat(after).filteredOn(a -> a.description().contains(AdditionDrafts.marker(license.id(), ready.profileId())))
                    .hasSize(1);
        }
        assertThat(syncPage(ready).getElementById("write-count").asNormalizedText()).isEqualTo("0 writes to make.");
    }

    @Test
    void shouldCutOverFromHandMadeAdditionsByCancellingOneAndMarkingAnotherAsTheLinks() throws Exception {
        // given two licenses linked on the company's own Microsoft 365 agreement, which holds additions made by hand
        // before Seatkeeper: each link's profile bills the product of one of them
        Ready ready = readyOnTheGeneratedAgreement(accounts.get(3));
        long cancelLink = ready.linkIds().get(0);
        long adoptLink = ready.linkIds().get(1);
        HtmlPage preview = syncPage(ready);
        assertThat(cell(preview, cancelLink, 3)).isEqualTo("cut-over needed");
        assertThat(cell(preview, adoptLink, 3)).isEqualTo("cut-over needed");
        assertThat(preview.getElementById("write-count").asNormalizedText()).isEqualTo("0 writes to make.");
        // once a sync has run (it writes nothing), the morning report lists both as waiting for a cut-over, each
        // linking to this page
        syncNow(preview);
        for (long link : ready.linkIds()) {
            assertThat(morningReportLine(ready, link)).as("link %s in the morning report", link).isNotNull()
                    .satisfies(a -> assertThat(a.asNormalizedText()).contains("wait for a cut-over"));
        }
        preview = syncPage(ready);

        // when one hand-made addition is cancelled at the end of its last invoiced period (the default, last month's end)
        HtmlForm cancel = preview.getFirstByXPath("//form[@id='cutover-" + cancelLink + "']");
        LocalDate lastDay = LocalDate.parse(cancel.getInputByName("lastDay").getValue());
        long handMade = Long.parseLong(cancel.getSelectByName("additionId").getSelectedOptions().get(0).getValueAttribute());
        HtmlPage cancelled = submit(cancel);
        assertThat(cancelled.asNormalizedText()).contains("Addition #" + handMade + " ends on " + lastDay);
        assertThat(additions(ready)).filteredOn(a -> a.id() == handMade).singleElement()
                .satisfies(a -> assertThat(a.cancelledDate()).isEqualTo(lastDay));

        // and the other is marked as its link's
        HtmlForm adopt = cancelled.getFirstByXPath("//form[@id='adopt-" + adoptLink + "']");
        long adopted = Long.parseLong(adopt.getSelectByName("additionId").getSelectedOptions().get(0).getValueAttribute());
        HtmlPage marked = submit(adopt);
        assertThat(marked.asNormalizedText()).contains("Addition #" + adopted + " is the link's now");

        // when the sync runs
        assertThat(cell(marked, cancelLink, 6)).startsWith("Add ").contains(" from " + lastDay.plusDays(1));
        syncNow(marked);

        // then the cancelled one's link bills from the day after; the marked one is the other link's, with its marker
        List<PsaAdditionView> after = additions(ready);
        String cancelMarker = AdditionDrafts.marker(ready.licenses().get(0).id(), ready.profileId());
        String adoptMarker = AdditionDrafts.marker(ready.licenses().get(1).id(), ready.profileId() + 1);
        assertThat(after).filteredOn(a -> a.description() != null && a.description().contains(cancelMarker)).singleElement()
                .satisfies(a -> assertThat(a.effectiveDate()).isEqualTo(lastDay.plusDays(1)));
        assertThat(after).filteredOn(a -> a.cancelledDate() == null && a.description() != null
                && a.description().contains(adoptMarker)).hasSize(1);
        // the marked one was brought to the link's values: changed in place (with the marker), or, on this prorating
        // agreement, replaced from today (cancelled the day before)
        assertThat(after).filteredOn(a -> a.id() == adopted).singleElement().satisfies(a -> {
            if (a.cancelledDate() == null) {
                assertThat(a.description()).contains(adoptMarker);
            } else {
                assertThat(a.cancelledDate()).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(1));
            }
        });
        HtmlPage settled = syncPage(ready);
        assertThat(settled.getElementById("write-count").asNormalizedText()).isEqualTo("0 writes to make.");
        assertThat(cell(settled, cancelLink, 3)).isEqualTo("in sync");
        assertThat(cell(settled, adoptLink, 3)).isEqualTo("in sync");
        assertThat(morningReportLine(ready, cancelLink)).isNull();
        assertThat(morningReportLine(ready, adoptLink)).isNull();
    }

    // ---- given ----

    /**
     * A customer from the account, its tenant and company linked, two licenses linked on the company's generated
     * Microsoft 365 agreement through two profiles, each billing the product of a different hand-made addition there.
     */
    private Ready readyOnTheGeneratedAgreement(ProviderAccount account) throws Exception {
        long customerId = linkedCustomer(account);
        long companyId = new CustomerCompanyRepository(dsl).find(customerId).orElseThrow().psaCompanyId();
        PsaDataRepository psa = new PsaDataRepository(dsl);
        var agreement = emulator.control().psaAgreements(companyId).stream()
                .filter(a -> a.type().equals("Microsoft 365") && a.status().equals("Active")).findFirst().orElseThrow();
        List<String> handMadeProducts = emulator.control().psaAdditions(agreement.id()).stream()
                .filter(a -> a.cancelledDate() == null).map(PsaAdditionView::product).distinct().limit(2).toList();
        assertThat(handMadeProducts).as("hand-made additions of two products on %s", agreement.name()).hasSize(2);
        long m365 = psa.agreementTypes().stream().filter(t -> t.name().equals("Microsoft 365")).findFirst().orElseThrow().id();
        List<TenantLicense> licenses = mappedLicenses(customerId, 2);
        List<Long> profiles = new java.util.ArrayList<>();
        List<Long> links = new java.util.ArrayList<>();
        app.application().context().database().transactions().run(() -> {
            for (int i = 0; i < 2; i++) {
                String identifier = handMadeProducts.get(i);
                long productId = psa.products().stream().filter(p -> p.identifier().equalsIgnoreCase(identifier)).findFirst()
                        .orElseThrow().id();
                profiles.add(new BillingProfileRepository(dsl).create(new BillingProfileDetails("Cut-over " + customerId + " " + i,
                        productId, new BigDecimal("12.50"), new BigDecimal("10.00"), "USD", Set.of(m365),
                        Set.of(new SkuTerm(licenses.get(i).skuId(), "P1M"))), "test", Instant.now()));
                links.add(new LicenseLinkRepository(dsl).create(licenses.get(i).id(), new LicenseLinkDetails(profiles.get(i),
                        agreement.id(), LocalDate.now(ZoneOffset.UTC).minusDays(40), false, 1, false, QuantitySource.PURCHASED),
                        "test", Instant.now()));
            }
        });
        assertThat(profiles.get(1)).isEqualTo(profiles.get(0) + 1);
        return new Ready(customerId, agreement.id(), links, licenses, profiles.get(0));
    }

    /** A customer from the account, its tenant and company linked, {@code links} licenses linked on a new agreement. */
    private Ready ready(ProviderAccount account, boolean prorate, int links) throws Exception {
        long customerId = linkedCustomer(account);
        long companyId = new CustomerCompanyRepository(dsl).find(customerId).orElseThrow().psaCompanyId();
        var runner = app.application().jobs().runner();
        long agreementId = emulator.control().addPsaAgreement(companyId, "Seatkeeper sync " + customerId, "Microsoft 365",
                "Active", prorate);
        await(runner.start(PsaRefreshJobConfiguration.JOB_NAME, JobRequest.manual(null, LocalDate.now(), "test")).executionId());

        PsaDataRepository psa = new PsaDataRepository(dsl);
        long m365 = psa.agreementTypes().stream().filter(t -> t.name().equals("Microsoft 365")).findFirst().orElseThrow().id();
        List<TenantLicense> licenses = mappedLicenses(customerId, links);
        Set<SkuTerm> billed = new java.util.HashSet<>();
        licenses.forEach(l -> billed.add(new SkuTerm(l.skuId(), "P1M")));
        long productId = psa.products().get(0).id();
        long profileId = app.application().context().database().transactions().inTransaction(() ->
                new BillingProfileRepository(dsl).create(new BillingProfileDetails("Sync journey " + customerId,
                        productId, new BigDecimal("12.50"), new BigDecimal("10.00"), "USD", Set.of(m365), billed), "test",
                        Instant.now()));
        List<Long> linkIds = app.application().context().database().transactions().inTransaction(() -> licenses.stream()
                .map(l -> new LicenseLinkRepository(dsl).create(l.id(), new LicenseLinkDetails(profileId, agreementId,
                        LocalDate.now(ZoneOffset.UTC).minusDays(10), false, 2, true, QuantitySource.PURCHASED), "test",
                        Instant.now())).toList());
        return new Ready(customerId, agreementId, linkIds, licenses, profileId);
    }

    private List<TenantLicense> mappedLicenses(long customerId, int count) {
        List<SkuMapping> mappings = new SkuMappingRepository(dsl).list();
        List<TenantLicense> licenses = new TenantLicenseRepository(dsl).licenses(customerId).stream()
                .filter(l -> l.present() && mappings.stream().anyMatch(m -> m.skuId().equalsIgnoreCase(l.skuId())))
                .limit(count).toList();
        assertThat(licenses).hasSize(count);
        return licenses;
    }

    /** A customer from the account through the pages: its subscriptions synced, its tenant and company linked. */
    private long linkedCustomer(ProviderAccount account) throws Exception {
        HtmlPage page = browser.getPage(app.url("/provider-accounts/" + account.id()));
        HtmlPage customer = submit(page.getAnchorByText("Create customer from this account").<HtmlPage>click().getForms().get(1));
        long customerId = Long.parseLong(customer.getUrl().getPath().split("/")[2]);
        var runner = app.application().jobs().runner();
        await(runner.start(SubscriptionSyncJobConfiguration.JOB_NAME, JobRequest.manual(null, LocalDate.now(), "test")).executionId());
        HtmlPage tab = browser.getPage(app.url("/customers/" + customerId + "/licenses"));
        submit(tab.getFirstByXPath("//form[contains(@action,'/licenses/tenant')]"));
        var latest = app.application().jobs().history().recent(LicenseUsageJobConfiguration.JOB_NAME, null, 1);
        await(latest.get(0).executionId());
        HtmlPage company = submit(browser.<HtmlPage>getPage(app.url("/customers/" + customerId + "/psa"))
                .getFirstByXPath("//form[@id='company-link']"));
        assertThat(company.asNormalizedText()).contains("ConnectWise company saved.");
        return customerId;
    }

    // ---- when ----

    private HtmlPage syncPage(Ready ready) throws Exception {
        return browser.getPage(app.url("/customers/" + ready.customerId() + "/licenses/psa-sync"));
    }

    /** Presses "Sync now" on the page and waits for its run to complete. */
    private HtmlPage syncNow(HtmlPage page) throws Exception {
        return await(submit(page.getFirstByXPath("//form[@id='sync-now']")));
    }

    private HtmlPage await(HtmlPage answered) {
        await(runOf(answered));
        return answered;
    }

    private static void await(long executionId) {
        assertThat(app.application().jobs().runner().awaitCompletion(executionId, Duration.ofSeconds(60)))
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private static long runOf(HtmlPage answered) {
        Matcher m = RUN.matcher(answered.asNormalizedText());
        assertThat(m.find()).as("the page names the run it started: %s", answered.asNormalizedText()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private void setMinimum(Ready ready, long linkId, int minimum) throws Exception {
        long licenseId = new LicenseLinkRepository(dsl).find(linkId).orElseThrow().tenantLicenseId();
        HtmlForm form = browser.<HtmlPage>getPage(app.url("/customers/" + ready.customerId() + "/licenses/" + licenseId
                + "/links/" + linkId)).getFirstByXPath("//form[@id='license-link']");
        form.getInputByName("minimumQuantity").setValue(Integer.toString(minimum));
        HtmlPage previewed = form.<HtmlButton>getFirstByXPath(".//button[@value='preview']").click();
        HtmlPage saved = previewed.<HtmlForm>getFirstByXPath("//form[@id='license-link']")
                .<HtmlButton>getFirstByXPath(".//button[@value='save']").click();
        assertThat(saved.asNormalizedText()).contains("is billed through");
    }

    private void reconcile() {
        var runner = app.application().jobs().runner();
        await(runner.start(MismatchJobConfiguration.JOB_NAME, JobRequest.manual(null, LocalDate.now(), "test")).executionId());
    }

    // ---- then ----

    /** The link's line in today's morning report's "need a person" section (null when it is not there). */
    private HtmlAnchor morningReportLine(Ready ready, long linkId) throws Exception {
        return browser.<HtmlPage>getPage(app.url("/reports/morning")).getFirstByXPath("//div[@id='section-psa-links']//a[@href='"
                + "/customers/" + ready.customerId() + "/licenses/psa-sync#link-" + linkId + "']");
    }

    private static List<PsaAdditionView> additions(Ready ready) {
        return emulator.control().psaAdditions(ready.agreementId());
    }

    private static List<PsaAdditionView> live(Ready ready) {
        return additions(ready).stream().filter(a -> a.cancelledDate() == null).toList();
    }

    /** The text of the link's row's cell (1-based). */
    private static String cell(HtmlPage page, long linkId, int column) {
        HtmlElement td = page.getFirstByXPath("//tr[@id='link-" + linkId + "']/td[" + column + "]");
        assertThat(td).as("row of link %s on %s", linkId, page.getUrl()).isNotNull();
        return td.asNormalizedText();
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
