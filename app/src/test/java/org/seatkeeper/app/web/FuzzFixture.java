package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.MutableClock;
import org.seatkeeper.app.support.RawHttp;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.batch.psa.PsaKeys;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jooq.Tables;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.psa.PsaConnectionDetails;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;

/**
 * A Seatkeeper with something behind every form, for {@link FormFuzzIT}: a mail server (GreenMail) and the provider
 * emulator on loopback, every provider and the PSA pointing at the emulator, SMTP at GreenMail, and, made through the
 * pages like a person would, contacts, an agreement template, synced and mapped provider accounts, a reconciliation,
 * onboardings at each step, a failed sync and an import waiting for its confirmation.
 *
 * <p>The clock stands still at 00:30 UTC, before any morning report is due, and the nightly run is set for 29
 * February: nothing starts on its own while the fuzzing compares the database before and after a request.
 */
final class FuzzFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-12-07T00:30:00Z");
    /** A valid nightly schedule that does not come round during a test (29 February 2028). */
    static final String NIGHTLY = "0 0 2 29 2 *";
    /** Who the sign-in form signs in (with {@link RunningApp#PASSWORD}). */
    static final String SIGN_IN_USER = "signin-sam";

    /** Stands still unless moved (past a sign-in lock, say). */
    final MutableClock clock = new MutableClock(NOW);
    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    final ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(3).withProspects(2)
            .withSubscriptionsPerTenant(1));
    final RunningApp app;
    final WebClient browser = RunningApp.browser();
    final RawHttp admin;
    private final DatabaseFingerprint jobs;
    final long customer;
    final long contract;
    final long partnerCenter;
    final long manualProvider;
    /** Pages that were the answer to a POST, for the forms only they have (an import's confirmation). */
    final List<HtmlPage> answers = new ArrayList<>();
    /**
     * Where the walk starts, so that it finds each form on the page meant for the fuzzing first: a user, a provider and
     * a customer of their own for the forms that disable, archive or change a password, each step of an onboarding.
     */
    final List<String> starts = new ArrayList<>();

    FuzzFixture() throws IOException {
        smtp.start();
        try {
            app = RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory()).withClock(clock));
            browser.setRefreshHandler((page, url, seconds) -> { });
            Database db = app.application().context().database();
            jobs = new DatabaseFingerprint(db);
            BillingData data = new BillingData(db, app.application().context().clock(), "fuzz");
            customer = data.customer("Fuzz Customer Ltd");
            contract = data.contract(customer);
            long product = data.product("FUZZ-SKU-1", "Fuzz product", new BigDecimal("12.50"), new BigDecimal("10.00"));
            data.manual(contract, product, "Fuzz seats", 5);
            ProviderRepository providers = new ProviderRepository(db.dsl());
            manualProvider = providers.list().stream().filter(p -> p.kind().equals("MANUAL")).findFirst().orElseThrow().id();
            DemoCredentials credentials = emulator.credentials();
            pointAtTheEmulator(providers, "Synnex fuzz", Api.ION, Map.of("accountId",
                    String.valueOf(credentials.ion().accountId()), "refreshToken", credentials.ion().refreshToken()));
            partnerCenter = addProvider(providers, "Partner Center fuzz", "PARTNER_CENTER", Api.PARTNER_CENTER,
                    partnerCenterCredentials());
            // its sync fails (the emulator refuses the secret): a failed run to restart
            long pax8 = addProvider(providers, "Pax8 fuzz", "PAX8", Api.PAX8, Map.of("clientId",
                    credentials.pax8().clientId(), "clientSecret", "not-the-secret"));
            DemoCredentials.ConnectWise cw = credentials.connectWise();
            new PsaConnectionRepository(db.dsl()).create(new PsaConnectionDetails(emulator.baseUri().resolve("/connectwise/")
                    .toString(), cw.companyId(), cw.clientId(), "USD"), new PsaKeys(app.application().context().secrets())
                    .encrypt(new PsaKeys.Pair(cw.publicKey(), cw.privateKey())), "fixture", NOW);
            app.createUser("viewer-vic", Role.VIEWER);
            app.createUser(SIGN_IN_USER, Role.OPERATOR);
            app.createUser("edit-eve", Role.OPERATOR);
            long eve = db.dsl().select(Tables.APP_USER.ID).from(Tables.APP_USER).where(Tables.APP_USER.USERNAME.eq("edit-eve"))
                    .fetchSingle().value1();
            long toggled = providers.insert(new ProviderDetails("Manual to switch off", "MANUAL", false, "USD", null, null,
                    Set.of("US")), null, NOW);
            // switched off from the start: no onboarding offers it, whatever its switch does later
            providers.setEnabled(toggled, false, 0);
            // last in every customer list, so that no form picks it as its first choice
            long archived = data.customer("Zulu Archive Ltd");
            starts.addAll(List.of("/users/" + eve, "/providers/" + toggled, "/customers/" + archived + "/archive",
                    "/customers/" + customer));
            app.signInAsAdmin(browser);
            admin = new RawHttp(app.uri());
            assertThat(admin.signIn(RunningApp.ADMIN, RunningApp.PASSWORD).statusCode()).isEqualTo(302);
            makeTheWorld(pax8);
        } catch (IOException | RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** Values a person would type that depend on the emulator: a provider's credentials and addresses. */
    Map<String, String> emulatorInput() {
        Map<String, String> partner = partnerCenterCredentials();
        return Map.of("pcPartnerTenantId", partner.get("partnerTenantId"), "pcClientId", partner.get("clientId"),
                "pcClientSecret", partner.get("clientSecret"), "pcRefreshToken", partner.get("refreshToken"),
                "apiBaseUrl", emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                "tokenUrl", emulator.tokenUri(Api.PARTNER_CENTER).toString(),
                // a billing profile: an agreement type and a license term of the refreshed PSA data and SKU mappings
                "agreementTypeIds", "3", "skus", "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46:P1M", "unitPrice", "12.50");
    }

    /** Where mail goes, when the night starts and when the morning report is due, whatever the fuzzing saved there. */
    Map<String, String> pinned() {
        return Map.of("smtpHost", "127.0.0.1", "smtpPort", String.valueOf(smtp.getSmtp().getPort()), "nightlyCron", NIGHTLY,
                "sendTime", "07:00");
    }

    private void makeTheWorld(long pax8) throws IOException {
        submit("/settings", "/settings", Map.of("companyName", "Fuzz Reseller", "smtpHost", "127.0.0.1",
                "smtpPort", String.valueOf(smtp.getSmtp().getPort()), "smtpFrom", "seatkeeper@reseller.example",
                "notificationRecipients", "billing@reseller.example", "nightlyCron", NIGHTLY));
        for (String name : new String[] {"Ada", "Grace"}) {
            submit("/customers/" + customer + "/contacts/new", "/customers/" + customer + "/contacts/new",
                    Map.of("firstName", name, "lastName", "Fuzz", "email", name.toLowerCase() + "@customer.example"));
        }
        submit("/agreements/new", "/agreements/new", Map.of("name", "Customer agreement",
                "link", "https://example.com/agreement"));
        // provider accounts to map and unmap, notifications to dismiss, a failed run to restart
        submit("/providers/" + partnerCenter, "/providers/" + partnerCenter + "/sync", Map.of());
        submit("/providers/" + pax8, "/providers/" + pax8 + "/sync", Map.of());
        awaitJobs();
        long account = app.application().context().database().dsl().select(Tables.PROVIDER_ACCOUNT.ID)
                .from(Tables.PROVIDER_ACCOUNT).orderBy(Tables.PROVIDER_ACCOUNT.ID).limit(1).fetchSingle().value1();
        HtmlPage mapping = submit("/provider-accounts/" + account + "?customer=Fuzz+Customer",
                "/provider-accounts/" + account + "/map", Map.of("customerId", String.valueOf(customer)));
        if (mapping.getElementById("confirm-map") instanceof HtmlForm unrelated) {
            clickSubmit(unrelated, null); // the names look unrelated: the page asks to confirm
        }
        starts.addAll(List.of("/provider-accounts/" + account + "/unmap", "/provider-accounts/" + (account + 1)
                + "?customer=Fuzz", "/customers/" + customer + "/licenses"));
        // the PSA's companies, agreements and catalog, for the ConnectWise tab and the billing profiles
        submit("/settings/psa", "/settings/psa/refresh", Map.of());
        submit("/mismatches", "/mismatches/run", Map.of());
        awaitJobs();
        onboardings(pax8);
        importWaitingForConfirmation();
    }

    /** One onboarding at each step that has a form: tenant, invitation (sent), contract made, tenant created. */
    private void onboardings(long pax8) throws IOException {
        String provider = String.valueOf(partnerCenter);
        long tenant = newOnboarding("Fuzz Tenant Co");
        choose(tenant, provider, "yes");
        long inviting = newOnboarding("Fuzz Inviting Co");
        choose(inviting, provider, "no");
        long invited = newOnboarding("Fuzz Invited Co");
        choose(invited, provider, "no");
        submit("/onboarding/invitation/" + invited, "/onboarding/invitation/" + invited,
                Map.of("tenantDomain", "fuzzinvited.onmicrosoft.com"));
        // an onboarding through the provider's portal (Pax8 creates no tenant through its API; the Manual provider is
        // not offered, it provisions nothing), whose contract takes subscriptions typed in
        long contracted = newOnboarding("Fuzz Contracted Co");
        choose(contracted, String.valueOf(pax8), "yes");
        submit("/onboarding/contract/" + contracted, "/onboarding/contract/" + contracted, Map.of("name", "Main",
                "billingDay", "1", "startDate", "2026-12-01"));
        long created = newOnboarding("Fuzz Created Co");
        choose(created, provider, "yes");
        submit("/onboarding/tenant/" + created, "/onboarding/tenant/" + created, Map.of("companyName", "Fuzz Created Co",
                "domainPrefix", "fuzzcreated", "addressLine1", "1 Microsoft Way", "city", "Redmond", "state", "WA",
                "postalCode", "98052", "country", "US", "dateSigned", "2026-12-01"));
        starts.addAll(List.of("/onboarding/provider/" + tenant, "/onboarding/tenant/" + tenant,
                "/onboarding/invitation/" + inviting, "/onboarding/flow/" + invited, "/onboarding/contract/" + tenant,
                "/onboarding/subscriptions/" + contracted, "/onboarding/credentials/" + created));
    }

    private long newOnboarding(String name) throws IOException {
        HtmlPage flow = submit("/onboarding/new", "#new-customer", Map.of("name", name, "country", "US",
                "firstName", "Fuzz", "lastName", "Contact", "email", "contact@" + name.toLowerCase().replace(" ", "") + ".example",
                "contactPhone", "+1 425 555 0100"));
        String path = flow.getUrl().getPath();
        assertThat(path).as("onboarding of " + name).startsWith("/onboarding/flow/");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private void choose(long onboarding, String provider, String firstRegistration) throws IOException {
        submit("/onboarding/provider/" + onboarding, "/onboarding/provider/" + onboarding,
                Map.of("providerId", provider, "firstRegistration", firstRegistration));
    }

    /** A CSV previewed on the import page: the confirmation form is in the answer only. */
    private void importWaitingForConfirmation() throws IOException {
        Path csv = Files.createTempFile("fuzz-import", ".csv");
        try {
            Files.writeString(csv, "Subscription ID,SKU,Product,Quantity,Start Date,End Date\r\n"
                    + "IMP-1,FUZZ-SKU-1,Fuzz product,4,2026-03-01,2027-02-28\r\n", StandardCharsets.UTF_8);
            HtmlPage page = browser.getPage(app.url("/subscriptions/import?contract=" + contract));
            HtmlForm form = page.getHtmlElementById("upload-form");
            ((HtmlFileInput) form.getInputByName("file")).setFiles(csv.toFile());
            HtmlPage preview = clickSubmit(form, null);
            answers.add(preview);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private void pointAtTheEmulator(ProviderRepository providers, String name, Api api, Map<String, String> credentials) {
        Provider p = providers.list().stream().filter(provider -> provider.name().equals(name)).findFirst().orElseThrow();
        providers.update(p.id(), new ProviderDetails(p.name(), p.kind(), p.automatic(), p.currency(),
                emulator.apiBaseUri(api).toString(), emulator.tokenUri(api).toString(), p.countries()), p.version());
        providers.replaceCredentials(p.id(), codec().encrypt(credentials), p.version() + 1);
    }

    private long addProvider(ProviderRepository providers, String name, String kind, Api api, Map<String, String> credentials) {
        return providers.insert(new ProviderDetails(name, kind, true, "USD", emulator.apiBaseUri(api).toString(),
                emulator.tokenUri(api).toString(), Set.of("US")), codec().encrypt(credentials), NOW);
    }

    private CredentialsCodec codec() {
        return new CredentialsCodec(app.application().context().secrets());
    }

    private Map<String, String> partnerCenterCredentials() {
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        return Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(), "clientSecret",
                pc.clientSecret(), "refreshToken", pc.refreshToken());
    }

    void awaitJobs() {
        jobs.awaitJobs(app.application().jobs());
    }

    /**
     * Opens {@code path}, fills the form whose action is {@code form} (or whose id is {@code #id}) with these values,
     * submits it, and checks the answer is not an error page.
     */
    HtmlPage submit(String path, String form, Map<String, String> values) throws IOException {
        HtmlPage page = browser.getPage(app.url(path));
        HtmlForm found = page.getForms().stream().filter(f -> form.startsWith("#") ? form.equals("#" + f.getId())
                        : f.getActionAttribute().equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("No form " + form + " on " + path + ":\n" + page.asNormalizedText()));
        values.forEach((name, value) -> fill(found, name, value));
        HtmlPage answer = clickSubmit(found, null);
        assertThat(answer.getWebResponse().getStatusCode()).as("%s on %s:%n%s", form, path, answer.asNormalizedText())
                .isLessThan(400);
        return answer;
    }

    private static void fill(HtmlForm form, String name, String value) {
        for (HtmlElement element : form.getHtmlElementDescendants()) {
            if (!name.equals(element.getAttribute("name"))) {
                continue;
            }
            if (element instanceof HtmlRadioButtonInput radio) {
                radio.setChecked(radio.getValueAttribute().equals(value));
            } else if (element instanceof HtmlCheckBoxInput box) {
                box.setChecked("true".equals(value));
            } else if (element instanceof HtmlInput input) {
                input.setValue(value);
            } else if (element instanceof HtmlSelect select) {
                select.setSelectedAttribute(value, true);
            } else if (element instanceof HtmlTextArea area) {
                area.setText(value);
            }
        }
    }

    private static HtmlPage clickSubmit(HtmlForm form, String buttonValue) throws IOException {
        HtmlButton button = form.getFirstByXPath(buttonValue == null ? ".//button[@type='submit' or not(@type)]"
                : ".//button[@value='" + buttonValue + "']");
        return button.click();
    }

    @Override
    public void close() {
        browser.close();
        if (app != null) {
            app.close();
        }
        emulator.close();
        smtp.stop();
    }
}
