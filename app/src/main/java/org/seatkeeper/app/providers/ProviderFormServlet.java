package org.seatkeeper.app.providers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;

/**
 * /providers/new adds a provider; /providers/{id}/edit changes one (administrators). A stored credential is never shown
 * back: its field stays empty, and empty keeps it.
 */
final class ProviderFormServlet extends PageServlet {

    private static final String TEMPLATE = "providers/form.ftlh";

    private final ProviderService service;
    private final ProviderRepository providers;

    public ProviderFormServlet(PageSupport pages, ProviderService service, ProviderRepository providers) {
        super(pages);
        this.service = service;
        this.providers = providers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        Provider provider = isNew(request) ? null : load(request);
        FormModel form = provider == null ? FormModel.empty().with("kind", "PARTNER_CENTER").with("automatic", true).with("currency", "USD")
                : ProviderForm.toForm(provider);
        render(request, response, TEMPLATE, model(provider, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser user = requireAdmin(request);
        Provider existing = isNew(request) ? null : load(request);
        FormModel form = FormModel.of(request);
        ProviderDetails details = ProviderForm.parse(form);
        boolean sameKind = existing != null && existing.kind().equals(form.value("kind"));
        Map<String, String> stored = sameKind ? service.storedCredentials(existing.id()) : Map.of();
        Map<String, String> credentials = ProviderForm.credentials(form, form.getValues(), form.value("kind"), stored);
        if (form.hasErrors()) {
            renderInvalid(request, response, TEMPLATE, model(existing, form));
            return;
        }
        try {
            if (existing == null) {
                long id = service.create(user.username(), details, credentials);
                redirect(request, response, "/providers/" + id, Flash.success("Provider " + details.name()
                        + " added. Test the connection to check the credentials."));
            } else {
                boolean changed = !credentials.equals(stored);
                service.update(user.username(), existing.id(), details, form.version(), changed ? credentials : null);
                redirect(request, response, "/providers/" + existing.id(), Flash.success("Provider " + details.name() + " saved."));
            }
        } catch (ProviderService.DuplicateNameException e) {
            form.error("name", e.getMessage());
            renderInvalid(request, response, TEMPLATE, model(existing, form));
        } catch (OptimisticLockException e) {
            form.error("version", e.getMessage());
            pages.render(request, response, 409, TEMPLATE, model(existing, form));
        }
    }


    private static boolean isNew(HttpServletRequest request) {
        return request.getRequestURI().equals("/providers/new");
    }

    private Provider load(HttpServletRequest request) {
        return providers.find(idFromPath(request, 1)).orElseThrow(() -> HttpProblem.notFound("That provider"));
    }

    private static Map<String, Object> model(Provider provider, FormModel form) {
        String storedHelp = provider != null && provider.hasCredentials() ? "Stored — leave empty to keep." : "";
        List<CredentialSection> sections = ProviderKinds.ALL.stream().filter(k -> !k.credentials().isEmpty())
                .map(k -> new CredentialSection(k.label(), k.credentials().stream()
                        .map(c -> new CredentialField(c.field(), c.label(), c.secret(),
                                provider != null && provider.kind().equals(k.value()) ? storedHelp : ""))
                        .toList()))
                .toList();
        ProviderFormPage page = provider == null
                ? new ProviderFormPage("Add a provider", "/providers/new", "/providers", ProviderKinds.options(), sections)
                : new ProviderFormPage("Edit " + provider.name(), "/providers/" + provider.id() + "/edit",
                        "/providers/" + provider.id(), ProviderKinds.options(), sections);
        return Map.of("page", page, "form", form);
    }

    public record ProviderFormPage(String title, String action, String cancelHref, List<Map<String, String>> kinds,
                                   List<CredentialSection> credentialSections) {

        /** Each kind's default API addresses and what one given instead must contain. */
        public List<ApiAddresses.Kind> addresses() {
            return ApiAddresses.ALL;
        }
    }

    /** The credentials of one kind; only the section of the chosen kind is used. */
    public record CredentialSection(String kind, List<CredentialField> fields) {
    }

    /** @param help "Stored — leave empty to keep." when a value is stored; the value itself is never sent */
    public record CredentialField(String name, String label, boolean secret, String help) {
    }
}
