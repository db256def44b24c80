package org.seatkeeper.app.web;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders FreeMarker pages from the templates module. A page is rendered to a string first and only then
 * written, so a template error becomes a clean error page instead of half a page.
 */
public final class Templates {

    private final Configuration configuration;

    public Templates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(Templates.class, "/templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.UK);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        // numbers are formatted by the page models; templates must never group digits of ids
        configuration.setNumberFormat("computer");
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        try {
            // the one list of countries every country field offers (forms.ftlh, <@f.country>)
            configuration.setSharedVariable("isoCountries", Countries.ALL);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
    }

    /**
     * Parses pages ahead of time, so the first visitor does not wait for them: the layout and the sign-in page
     * before the server starts, the dashboard (the page after signing in) while the features are wired.
     */
    public void warmUp(String... templateNames) {
        try {
            for (String name : templateNames) {
                configuration.getTemplate(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The page templates cannot be read", e);
        }
    }

    public String render(String templateName, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + templateName + " cannot be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + templateName + " failed: " + e.getMessage(), e);
        }
    }
}
