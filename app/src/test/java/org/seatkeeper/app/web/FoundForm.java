package org.seatkeeper.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.html.HtmlTextArea;

/**
 * A POST form as a page serves it: where it posts, what each field holds as served, the choices its selects and radio
 * buttons offer, its file fields, and the page it is on (null when it only appears in the answer to another POST, like
 * an import's confirmation), so its hidden fields (a version) can be read again after a change.
 */
final class FoundForm {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    final String route;
    final String action;
    final String label;
    final String page;
    final boolean multipart;
    final boolean anonymous;
    final Map<String, String> served;
    final Map<String, List<String>> choices;
    final List<String> files;
    final List<String> fuzzable;
    private final String id;

    private FoundForm(String route, String action, String id, String page, boolean multipart, boolean anonymous,
                      Map<String, String> served, Map<String, List<String>> choices, List<String> files,
                      List<String> fuzzable) {
        this.route = route;
        this.action = action;
        this.id = id;
        this.label = route + (id.isEmpty() ? "" : " #" + id);
        this.page = page;
        this.multipart = multipart;
        this.anonymous = anonymous;
        this.served = served;
        this.choices = choices;
        this.files = files;
        this.fuzzable = fuzzable;
    }

    static FoundForm of(String route, HtmlForm form, URI pageUri, String page, boolean anonymous) {
        Map<String, String> served = new LinkedHashMap<>();
        Map<String, List<String>> choices = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        List<String> fuzzable = new ArrayList<>();
        for (HtmlElement element : form.getHtmlElementDescendants()) {
            String name = element.getAttribute("name");
            if (name.isEmpty() || name.equals("_csrf")) {
                continue;
            }
            if (element instanceof HtmlFileInput) {
                files.add(name);
            } else {
                String value = valueOf(element);
                if (value != null) {
                    served.putIfAbsent(name, value);
                }
                if (element instanceof HtmlSelect select) {
                    choices.put(name, select.getOptions().stream().map(HtmlOption::getValueAttribute).toList());
                } else if (element instanceof HtmlRadioButtonInput radio) {
                    choices.computeIfAbsent(name, n -> new ArrayList<>()).add(radio.getValueAttribute());
                } else if (value == null && !(element instanceof HtmlCheckBoxInput)) {
                    continue;
                }
            }
            if (!fuzzable.contains(name)) {
                fuzzable.add(name);
            }
        }
        URI target = pageUri.resolve(form.getActionAttribute());
        String action = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return new FoundForm(route, action, form.getId(), page,
                "multipart/form-data".equalsIgnoreCase(form.getEnctypeAttribute()), anonymous, served, choices, files,
                fuzzable);
    }

    /**
     * What tells two forms of one route apart: their id, or else which fields they have; a form that is only a button
     * by where it posts (Test connection of a manual provider and of one with an API are two different things to try).
     */
    String signature() {
        return fuzzable.isEmpty() ? action : id.isEmpty() ? new TreeSet<>(fuzzable).toString() : id;
    }

    /** Whether the page has hidden fields that a saved change moves on (a version), so it must be read again. */
    boolean hasHiddenState() {
        return page != null && served.containsKey("version");
    }

    /** Takes the hidden fields of this form from the page's HTML as it is now (after a change was saved). */
    void refreshHiddenFrom(String html) {
        int start = id.isEmpty() ? html.indexOf("action=\"" + action + "\"") : html.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return;
        }
        int end = html.indexOf("</form>", start);
        Matcher hidden = HIDDEN.matcher(html.substring(start, end < 0 ? html.length() : end));
        while (hidden.find()) {
            if (served.containsKey(hidden.group(1)) && !hidden.group(1).equals("_csrf")) {
                served.put(hidden.group(1), hidden.group(2).replace("&amp;", "&").replace("&quot;", "\""));
            }
        }
    }

    /** The value the browser would send as served, or null for an element that sends nothing. */
    private static String valueOf(HtmlElement element) {
        if (element instanceof HtmlCheckBoxInput box) {
            return box.isChecked() ? box.getValueAttribute() : null;
        }
        if (element instanceof HtmlRadioButtonInput radio) {
            return radio.isChecked() ? radio.getValueAttribute() : null;
        }
        if (element instanceof HtmlSubmitInput || element.getTagName().equals("button")) {
            return element.getAttribute("value");
        }
        if (element instanceof HtmlInput input) {
            return input.getValue();
        }
        if (element instanceof HtmlSelect select) {
            List<HtmlOption> selected = select.getSelectedOptions();
            return !selected.isEmpty() ? selected.get(0).getValueAttribute()
                    : select.getOptionSize() > 0 ? select.getOption(0).getValueAttribute() : "";
        }
        if (element instanceof HtmlTextArea area) {
            return area.getText();
        }
        return null;
    }
}
