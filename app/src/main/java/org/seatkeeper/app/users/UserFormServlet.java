package org.seatkeeper.app.users;

import static org.seatkeeper.db.jooq.Tables.APP_USER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.Flash;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.HttpProblem;
import org.seatkeeper.app.web.PageServlet;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.db.users.User;
import org.seatkeeper.db.users.UserRepository;

/** /users/new adds a user; /users/{id} changes role, sign-in and password (administrators only). */
final class UserFormServlet extends PageServlet {

    private static final List<Map<String, String>> ROLES = Arrays.stream(Role.values())
            .map(role -> Map.of("value", role.name(), "label", role.name().charAt(0) + role.name().substring(1).toLowerCase()))
            .toList();

    private final UserService service;
    private final UserRepository users;

    public UserFormServlet(PageSupport pages, UserService service, UserRepository users) {
        super(pages);
        this.service = service;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        requireAdmin(request);
        if (isNew(request)) {
            render(request, response, "users/form.ftlh", model(null, FormModel.empty().with("role", Role.OPERATOR.name())));
            return;
        }
        User user = load(request);
        FormModel form = FormModel.empty().with("role", user.role().name()).with("enabled", user.enabled())
                .with("version", user.version());
        render(request, response, "users/form.ftlh", model(user, form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionUser actor = requireAdmin(request);
        FormModel form = FormModel.of(request);
        User existing = isNew(request) ? null : load(request);
        Role role = parseRole(form);
        String password = request.getParameter("password");
        if (existing == null) {
            UserFormRules.checkUsername(form);
            if (form.value("displayName").isEmpty()) {
                form.error("displayName", "Enter the person's name.");
            }
            FieldLimits.atMost(form, "displayName", APP_USER.DISPLAY_NAME);
            PasswordPolicy.problemWith(password, form.value("username"), form.value("displayName"))
                    .ifPresent(problem -> form.error("password", problem));
        } else if (password != null && !password.isEmpty()) {
            PasswordPolicy.problemWith(password, existing.username(), existing.displayName())
                    .ifPresent(problem -> form.error("password", problem));
        }
        boolean enabled = "true".equals(form.value("enabled"));
        if (existing != null && existing.id() == actor.id() && (role != Role.ADMIN || !enabled)) {
            form.error("role", "You cannot remove your own administrator rights or sign-in; ask another administrator.");
        }
        if (form.hasErrors()) {
            renderInvalid(request, response, "users/form.ftlh", model(existing, form));
            return;
        }
        try {
            if (existing == null) {
                service.create(actor.username(), form.value("username"), form.value("displayName"), role, password);
                redirect(request, response, "/users", Flash.success("User " + form.value("username") + " added."));
            } else {
                service.update(actor.username(), existing.id(), role, enabled, Integer.parseInt(form.value("version")), password);
                redirect(request, response, "/users", Flash.success("User " + existing.username() + " saved."));
            }
        } catch (UserService.DuplicateUserException e) {
            form.error("username", e.getMessage());
            renderInvalid(request, response, "users/form.ftlh", model(existing, form));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("The form is incomplete. Reload the page and try again.");
        }
    }

    private static Role parseRole(FormModel form) {
        try {
            return Role.valueOf(form.value("role"));
        } catch (IllegalArgumentException e) {
            form.error("role", "Choose a role.");
            return Role.VIEWER;
        }
    }

    private static boolean isNew(HttpServletRequest request) {
        return request.getRequestURI().equals("/users/new");
    }

    private User load(HttpServletRequest request) {
        return users.findById(idFromPath(request, 0)).orElseThrow(() -> HttpProblem.notFound("That user"));
    }

    private static Map<String, Object> model(User user, FormModel form) {
        Map<String, Object> page = new HashMap<>();
        page.put("creating", user == null);
        page.put("title", user == null ? "Add a user" : "Edit " + user.username());
        page.put("action", user == null ? "/users/new" : "/users/" + user.id());
        page.put("username", user == null ? "" : user.username());
        page.put("displayName", user == null ? "" : user.displayName());
        page.put("roles", ROLES);
        return Map.of("page", page, "form", form);
    }
}
