package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template in the templates module, found by walking its directory (so a new one is rendered here the day it is
 * added), rendered the way the app renders pages with an empty model and with a full one. The models answer every
 * name a template asks for: empty is blank text, 0, false and empty lists (every {@code <#else>} of a list and every
 * "nothing here" branch); full is text, 2, true and lists of two (every row, every badge, every optional part). A
 * template that only renders with the data of the journeys that happen to visit it fails here, before a person meets
 * it. (The models are generic, not each page's own record: a name a page model does not have is not caught here.)
 */
class TemplatesRenderTest {

    /** Where the templates module keeps them, from app's directory (Maven runs tests there). */
    private static final Path TEMPLATES = Path.of("..", "templates", "src", "main", "resources", "templates");
    /** Text with markup, as a customer or provider name could be. */
    private static final String MARKUP = "<i>Contoso & \"Sons\"</i>";

    private final Templates templates = new Templates();

    static Stream<String> templateNames() throws IOException {
        assertThat(TEMPLATES).as("the templates module's directory").isDirectory();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(file -> TEMPLATES.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".ftlh") || name.endsWith(".ftl"))
                    .sorted().toList();
            assertThat(names).as("templates found").hasSizeGreaterThan(40);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateNames")
    void shouldRenderWithAnEmptyModel(String name) {
        assertThatCode(() -> templates.render(name, new AnyModel(false))).as(name).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateNames")
    void shouldRenderWithAFullModel(String name) {
        // when
        String full = templates.render(name, new AnyModel(true));

        // then a page (a template that writes anything at all) writes its rows too
        if (!templates.render(name, new AnyModel(false)).isBlank()) {
            assertThat(full).as(name).isNotBlank();
        }
    }

    /** The data model: every name has a value. */
    private static final class AnyModel extends AbstractMap<String, Object> {

        private final AnyValue value;

        AnyModel(boolean full) {
            this.value = new AnyValue(full);
        }

        @Override
        public Object get(Object key) {
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Set.of();
        }
    }

    /**
     * A value of every kind a template can ask for at once: text, number, yes/no, list, record (every property is again
     * such a value) and method (whatever it is called with, it answers such a value).
     */
    private static final class AnyValue implements TemplateScalarModel, TemplateNumberModel, TemplateBooleanModel,
            TemplateSequenceModel, TemplateHashModelEx, TemplateMethodModelEx {

        private static final ObjectWrapper WRAPPER =
                new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

        private final boolean full;

        AnyValue(boolean full) {
            this.full = full;
        }

        @Override
        public String getAsString() {
            return full ? MARKUP : "";
        }

        @Override
        public Number getAsNumber() {
            return full ? 2 : 0;
        }

        @Override
        public boolean getAsBoolean() {
            return full;
        }

        @Override
        public TemplateModel get(int index) {
            return index < size() ? this : null;
        }

        @Override
        public int size() {
            return full ? 2 : 0;
        }

        @Override
        public TemplateModel get(String key) {
            return this;
        }

        @Override
        public boolean isEmpty() {
            return !full;
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(full ? List.of("first", "second") : List.of(), WRAPPER);
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(full ? List.of(this, this) : List.of(), WRAPPER);
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) {
            return this;
        }
    }
}
