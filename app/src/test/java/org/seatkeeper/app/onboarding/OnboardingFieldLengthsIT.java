package org.seatkeeper.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.customers.CustomerQuery;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.onboarding.InvitationRepository;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.emulator.Api;

/** Values longer than their columns get a message by the field on every onboarding step, never an error page. */
class OnboardingFieldLengthsIT {

    private final OnboardingFixture fixture = new OnboardingFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldRefuseANewCustomerWhoseFieldsAreLongerThanTheirColumns() throws Exception {
        // given
        fixture.app.signInAsAdmin(fixture.browser);
        HtmlPage start = fixture.browser.getPage(fixture.app.url("/onboarding/new"));
        HtmlForm form = (HtmlForm) start.getElementById("new-customer");
        form.getInputByName("name").setValue("n".repeat(201));
        form.getInputByName("city").setValue("c".repeat(101));
        form.getInputByName("postalCode").setValue("p".repeat(31));
        form.getInputByName("firstName").setValue("Ada");
        form.getInputByName("lastName").setValue("l".repeat(101));
        form.getInputByName("email").setValue("a".repeat(250) + "@x.example");
        form.getInputByName("contactPhone").setValue("1".repeat(256));

        // when
        HtmlPage again = OnboardingFixture.submit(form);

        // then
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(again, "name-error")).isEqualTo("Use at most 200 characters (this has 201).");
        assertThat(text(again, "city-error")).isEqualTo("Use at most 100 characters (this has 101).");
        assertThat(text(again, "postalCode-error")).isEqualTo("Use at most 16 characters (this has 31).");
        assertThat(text(again, "lastName-error")).isEqualTo("Use at most 100 characters (this has 101).");
        assertThat(text(again, "email-error")).isEqualTo("Use at most 254 characters (this has 260).");
        assertThat(text(again, "contactPhone-error")).isEqualTo("Use at most 31 characters (this has 256).");
        HtmlForm kept = (HtmlForm) again.getElementById("new-customer");
        assertThat(kept.getInputByName("name").getValue()).isEqualTo("n".repeat(201));
        assertThat(kept.getInputByName("firstName").getValue()).isEqualTo("Ada");
        assertThat(kept.getInputByName("contactPhone").getValue()).isEqualTo("1".repeat(256));
        assertThat(new CustomerRepository(fixture.app.application().context().database().dsl())
                .count(CustomerQuery.all())).isZero();
    }

    @Test
    void shouldRefuseATenantCompanyNameTooLongToSaveBeforeAskingTheProvider() throws Exception {
        // given a customer on the new-tenant step, with a company name longer than the provider account's column
        fixture.app.signInAsAdmin(fixture.browser);
        HtmlPage tenant = fixture.chooseProvider(fixture.createCustomer("Litware", "", "Lia", "Ware",
                "lia@litware.example"), true);
        HtmlForm form = (HtmlForm) tenant.getElementById("tenant");
        String longName = "L".repeat(5000);
        form.getInputByName("companyName").setValue(longName);
        form.getInputByName("domainPrefix").setValue("litwareinc");
        form.getInputByName("addressLine1").setValue("1 Microsoft Way");
        form.getInputByName("city").setValue("c".repeat(101));
        form.getInputByName("state").setValue("WA");
        form.getInputByName("postalCode").setValue("98052");
        form.<HtmlSelect>getSelectByName("country").setSelectedAttribute("US", true);
        int requestsBefore = fixture.emulator.control().requestCount(Api.PARTNER_CENTER);

        // when the address and domain are checked
        HtmlPage checked = button(form, "check").click();

        // then the check refuses it by the fields, keeping what was typed
        assertThat(checked.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(checked, "companyName-error")).isEqualTo("Use at most 300 characters (this has 5000).");
        assertThat(text(checked, "city-error")).isEqualTo("Use at most 100 characters (this has 101).");
        HtmlForm kept = (HtmlForm) checked.getElementById("tenant");
        assertThat(kept.getInputByName("companyName").getValue()).isEqualTo(longName);
        assertThat(kept.getInputByName("domainPrefix").getValue()).isEqualTo("litwareinc");

        // when the tenant is created anyway
        HtmlPage created = button(kept, "create").click();

        // then it is refused the same way, and nothing at all reached the provider
        assertThat(created.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(created, "companyName-error")).isEqualTo("Use at most 300 characters (this has 5000).");
        assertThat(fixture.emulator.control().requestCount(Api.PARTNER_CENTER)).isEqualTo(requestsBefore);
        Onboarding onboarding = fixture.onboardingOf("Litware");
        assertThat(onboarding.tenantCreated()).isFalse();
        assertThat(onboarding.tenantRequestId()).isNull();
        assertThat(onboarding.providerAccountId()).isNull();
    }

    @Test
    void shouldRefuseAnInvitationSubjectTooLongOrOnMoreThanOneLine() throws Exception {
        // given a customer with a tenant, on the invitation step
        fixture.app.signInAsAdmin(fixture.browser);
        String domain = fixture.emulator.control().prospects().get(0).domain();
        HtmlPage invitation = fixture.chooseProvider(fixture.createCustomer("Tailspin", domain, "Tom", "Spin",
                "tom@tailspin.example"), false);
        HtmlForm form = (HtmlForm) invitation.getElementById("invitation");
        String longDomain = "t".repeat(250) + ".com";
        form.getInputByName("subject").setValue("s".repeat(501));
        form.getInputByName("tenantDomain").setValue(longDomain);

        // when
        HtmlPage tooLong = OnboardingFixture.submit(form);

        // then
        assertThat(tooLong.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(tooLong, "subject-error")).isEqualTo("Use at most 500 characters (this has 501).");
        assertThat(text(tooLong, "tenantDomain-error")).isEqualTo("Use at most 253 characters (this has 254).");
        HtmlForm kept = (HtmlForm) tooLong.getElementById("invitation");
        assertThat(kept.getInputByName("subject").getValue()).isEqualTo("s".repeat(501));
        assertThat(kept.getInputByName("tenantDomain").getValue()).isEqualTo(longDomain);

        // when a subject with a line break is sent (a browser's text field cannot, a hand-made request can)
        kept.getInputByName("tenantDomain").setValue(domain);
        WebRequest request = kept.getWebRequest((HtmlButton) kept.getFirstByXPath(".//button[@type='submit']"));
        List<NameValuePair> parameters = request.getRequestParameters().stream()
                .map(p -> p.getName().equals("subject") ? new NameValuePair("subject", "Hello\r\nBcc: x@evil.example") : p)
                .toList();
        request.setRequestParameters(parameters);
        HtmlPage twoLines = fixture.browser.getPage(request);

        // then
        assertThat(twoLines.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(twoLines, "subject-error")).isEqualTo("The subject is one line.");
        Onboarding onboarding = fixture.onboardingOf("Tailspin");
        assertThat(new InvitationRepository(fixture.app.application().context().database().dsl())
                .byOnboarding(onboarding.id())).isEmpty();
    }

    @Test
    void shouldRefuseAContractNameLongerThanItsColumnOnTheContractStep() throws Exception {
        // given a customer whose provider is chosen, on the contract step
        fixture.app.signInAsAdmin(fixture.browser);
        fixture.chooseProvider(fixture.createCustomer("Northwind", "", "Nia", "Wind", "nia@northwind.example"), true);
        Onboarding onboarding = fixture.onboardingOf("Northwind");
        HtmlPage step = fixture.browser.getPage(fixture.app.url("/onboarding/contract/" + onboarding.id()));
        HtmlForm form = (HtmlForm) step.getElementById("contract");
        form.getInputByName("name").setValue("N".repeat(201));

        // when
        HtmlPage refused = OnboardingFixture.submit(form);

        // then the same check as the contract form, by the field, keeping what was typed; no contract is created
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(text(refused, "name-error")).isEqualTo("Enter a name for the contract (at most 200 characters).");
        HtmlForm kept = (HtmlForm) refused.getElementById("contract");
        assertThat(kept.getInputByName("name").getValue()).isEqualTo("N".repeat(201));
        assertThat(fixture.onboardingOf("Northwind").contractId()).isNull();
    }

    @Test
    void shouldOnlyCheckWhenTheFormDoesNotAskForCreation() throws Exception {
        // given the new-tenant step filled in well, sent with an action other than "create" (a crafted or cut-off form)
        fixture.app.signInAsAdmin(fixture.browser);
        HtmlPage tenant = fixture.chooseProvider(fixture.createCustomer("Proseware", "", "Pia", "Rose",
                "pia@proseware.example"), true);
        HtmlForm form = (HtmlForm) tenant.getElementById("tenant");
        form.getInputByName("companyName").setValue("Proseware Inc");
        form.getInputByName("domainPrefix").setValue("prosewareinc");
        form.getInputByName("addressLine1").setValue("1 Microsoft Way");
        form.getInputByName("city").setValue("Redmond");
        form.getInputByName("state").setValue("WA");
        form.getInputByName("postalCode").setValue("98052");
        form.<HtmlSelect>getSelectByName("country").setSelectedAttribute("US", true);
        HtmlButton create = button(form, "create");
        create.setAttribute("value", "zzz");

        // when
        HtmlPage answered = create.click();

        // then it was a check: no tenant at the provider
        assertThat(answered.asNormalizedText()).contains("Create the tenant when ready.");
        assertThat(fixture.onboardingOf("Proseware").tenantCreated()).isFalse();
    }

    private static HtmlButton button(HtmlForm form, String action) {
        return form.getFirstByXPath(".//button[@value='" + action + "']");
    }

    private static String text(HtmlPage page, String id) {
        assertThat(page.getElementById(id)).as("#" + id + " on " + page.getUrl()).isNotNull();
        return page.getElementById(id).asNormalizedText();
    }
}
