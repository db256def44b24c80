package org.seatkeeper.app.context;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version the build stamped into the jar. */
public final class Version {

    private Version() {
    }

    public static String current() {
        return stamped("version");
    }

    /** This build: the version and when it was built. Every build differs, so a browser never keeps an old CSS. */
    public static String build() {
        return stamped("build");
    }

    private static String stamped(String key) {
        try (InputStream in = Version.class.getResourceAsStream("/seatkeeper-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key, "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
