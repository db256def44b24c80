package org.seatkeeper.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where pages find their CSS and scripts. Every address carries a version: our own files the build's
 * ({@code /static/<build>/app.css}), a WebJar its own ({@code /webjars/picocss__pico/2.1.1/css/pico.min.css}), so a
 * browser may keep a file for a year and an upgrade is still never served stale CSS. The files are served by Jetty
 * (ETag, 304 Not Modified) from the classpath directories {@link #staticDirectory()} and {@link #webJarDirectories()}.
 */
public final class Assets {

    /** The WebJars pages use; each is served from its own versioned directory. */
    private static final List<String> WEB_JARS = List.of("picocss__pico", "chart.js");
    private static final String STATIC = "static/";
    // a file every build has: the directory is found through it, as a jar need not list its directories
    private static final String KNOWN_STATIC_FILE = "app.css";

    private final String build;
    private final Map<String, String> webJarVersions = new LinkedHashMap<>();

    public Assets(String build) {
        this.build = build;
        for (String webJar : WEB_JARS) {
            webJarVersions.put(webJar, webJarVersion(webJar));
        }
    }

    /** The address of one of our own files, e.g. {@code file("app.css")}. */
    public String file(String name) {
        return prefix() + name;
    }

    /** The address of a file in a WebJar, e.g. {@code webJar("chart.js", "dist/chart.umd.js")}. */
    public String webJar(String name, String path) {
        String version = webJarVersions.get(name);
        if (version == null) {
            throw new IllegalArgumentException("No WebJar " + name + " is served; add it to Assets.WEB_JARS");
        }
        return webJarPrefix(name, version) + path;
    }

    /** The address our own files are under (without the file), for mapping {@code <prefix>*}. */
    public String prefix() {
        return "/static/" + build + "/";
    }

    /** The classpath directory of our own files. */
    public URI staticDirectory() {
        java.net.URL known = classLoader().getResource(STATIC + KNOWN_STATIC_FILE);
        if (known == null) {
            throw new IllegalStateException("The static files (" + STATIC + KNOWN_STATIC_FILE + ") are not on the classpath");
        }
        return directoryOf(known, KNOWN_STATIC_FILE);
    }

    /** Each WebJar's address prefix and its classpath directory. */
    public Map<String, URI> webJarDirectories() {
        Map<String, URI> directories = new LinkedHashMap<>();
        webJarVersions.forEach((name, version) -> {
            String properties = pomProperties(name);
            java.net.URL known = classLoader().getResource(properties);
            // same jar as the version's pom.properties: META-INF/resources/webjars/<name>/<version>/
            String root = known.toString().substring(0, known.toString().length() - properties.length());
            directories.put(webJarPrefix(name, version),
                    url(root + "META-INF/resources/webjars/" + name + "/" + version + "/"));
        });
        return directories;
    }

    private static String webJarPrefix(String name, String version) {
        return "/webjars/" + name + "/" + version + "/";
    }

    private static String webJarVersion(String name) {
        try (InputStream in = classLoader().getResourceAsStream(pomProperties(name))) {
            if (in == null) {
                throw new IllegalStateException("The WebJar " + name + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pomProperties(String name) {
        return "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
    }

    private static URI directoryOf(java.net.URL file, String name) {
        String text = file.toString();
        return url(text.substring(0, text.length() - name.length()));
    }

    private static URI url(String text) {
        return URI.create(text);
    }

    private static ClassLoader classLoader() {
        return Assets.class.getClassLoader();
    }
}
