package org.seatkeeper.app.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;

class AgreementTemplatesIT {

    private final RunningApp app = RunningApp.start();
    private final org.htmlunit.WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldAddEditAndRetireATemplateButNeverTheBuiltInAgreement() throws Exception {
        // given the built-in Microsoft Customer Agreement
        app.signInAsAdmin(browser);
        HtmlPage list = browser.getPage(app.url("/agreements"));
        assertThat(list.asNormalizedText()).contains("Microsoft Customer Agreement").contains("built in");
        assertThat(list.getByXPath("//table[@id='agreement-templates']//button[contains(., 'Retire')]")).isEmpty();

        // when a template is added without a link or a text, then with one
        HtmlPage form = list.getAnchorByText("Add a template").click();
        HtmlForm add = form.getForms().get(1);
        add.getInputByName("name").setValue("Managed services terms");
        HtmlPage invalid = ((HtmlButton) add.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(invalid.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(invalid.asNormalizedText()).contains("Enter a link to the agreement or its text below.");
        HtmlForm again = invalid.getForms().get(1);
        assertThat(again.getInputByName("name").getValue()).isEqualTo("Managed services terms");
        again.<HtmlSelect>getSelectByName("agreementType").setSelectedAttribute("ServiceAgreement", true);
        again.getInputByName("link").setValue("https://reseller.example/terms");
        HtmlPage saved = ((HtmlButton) again.getFirstByXPath(".//button[@type='submit']")).click();

        // then it is listed, and retiring it keeps it listed as retired
        assertThat(saved.asNormalizedText()).contains("Managed services terms").contains("Service agreement");
        HtmlPage retired = ((HtmlButton) saved.getFirstByXPath("//button[contains(., 'Retire')]")).click();
        assertThat(retired.asNormalizedText()).contains("Template retired").contains("retired");

        // and the built-in agreement cannot be retired even by a crafted request
        HtmlPage builtIn = browser.getPage(app.url("/agreements/1"));
        assertThat(builtIn.asNormalizedText()).contains("Microsoft Customer Agreement (built in)");
        HtmlForm crafted = builtIn.getForms().get(1);
        crafted.setActionAttribute("/agreements/retire/1");
        HtmlPage refused = ((HtmlButton) crafted.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(refused.asNormalizedText()).contains("built in and cannot be retired");
    }
}
